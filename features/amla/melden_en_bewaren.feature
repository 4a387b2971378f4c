# language: nl
Functionaliteit: Melden, bewaren, anonimiteit en contant geld (AMLR art. 69, 77, 79 en 80)
  Elke meldingsplichtige entiteit meldt vermoedens van witwassen aan de FIE (AMLR art. 69,
  lid 1, onder a) en bewaart de gegevens van het cliëntenonderzoek vijf jaar (art. 77).
  Kredietinstellingen en financiële instellingen houden geen anonieme rekeningen, spaarboekjes
  of kluizen aan (art. 79, lid 1). Wie goederen verhandelt of diensten verleent, aanvaardt of
  verricht geen contante betaling boven EUR 10 000 (art. 80, lid 1).

  Abstract Scenario: Een procedure om verdachte transacties te melden: <procedure>
    Gegeven een instelling van categorie gambling_service_provider
    En haar profielveld controls.suspicious_transaction_reporting is <procedure>
    Als zij wordt beoordeeld per <datum>
    Dan verplichting AMLR-69-1-a is <status>

    Voorbeelden:
      | procedure | datum      | status       |
      | ja        | 2027-07-10 | voldaan      |
      | nee       | 2027-07-10 | niet voldaan |
      | nee       | 2027-07-09 | komt eraan   |

  Scenario: Een makelaar zonder meldprocedure
    Gegeven een instelling van categorie estate_agent
    En haar profielveld controls.suspicious_transaction_reporting is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-69-1-a is niet voldaan
    En verplichting AMLR-69-1-a vervangt Wwft art. 16 lid 1

  Abstract Scenario: Anonieme rekeningen bij een <categorie>: <anoniem>
    Gegeven een instelling van categorie <categorie>
    En haar profielveld activities.offers_anonymous_accounts is <anoniem>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-79-1 is <status>

    Voorbeelden:
      | categorie             | anoniem | status              |
      | credit_institution    | nee     | voldaan             |
      | credit_institution    | ja      | niet voldaan        |
      | financial_institution | nee     | voldaan             |
      | financial_institution | ja      | niet voldaan        |
      | estate_agent          | ja      | niet van toepassing |

  Scenario: Een bank met anonieme kluizen, de dag voordat de AMLR geldt
    Gegeven een instelling van categorie credit_institution
    En haar profielveld activities.offers_anonymous_accounts is ja
    Als zij wordt beoordeeld per 2027-07-09
    Dan verplichting AMLR-79-1 is komt eraan
    En verplichting AMLR-79-1 vervangt Wwft art. 7

  Abstract Scenario: Een handelaar die contant aanvaardt tot <bedrag> euro
    Gegeven een instelling van categorie high_value_goods_trader
    En zij aanvaardt contante betalingen tot <bedrag> euro
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-80-1 is <status>

    Voorbeelden:
      | bedrag | status       |
      | 9999   | voldaan      |
      | 10000  | voldaan      |
      | 10001  | niet voldaan |

  Scenario: Een handelaar die geen contant geld aanneemt
    Gegeven een instelling van categorie high_value_goods_trader
    En haar profielveld activities.accepts_cash is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-80-1 is niet van toepassing

  Abstract Scenario: Een makelaar die gegevens <jaren> jaar bewaart
    Gegeven een instelling van categorie estate_agent
    En zij bewaart gegevens <jaren> jaar
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-77-3 is <status>

    Voorbeelden:
      | jaren | status       |
      | 4     | niet voldaan |
      | 5     | voldaan      |

  Abstract Scenario: Een verzoek van de FIE beantwoorden binnen <dagen> werkdagen
    # AMLR art. 69, lid 1, derde alinea: binnen vijf werkdagen
    Gegeven een instelling van categorie notary_lawyer_legal_professional
    En haar profielveld controls.fiu_request_reply_working_days is <dagen>
    Als zij wordt beoordeeld per <datum>
    Dan verplichting AMLR-69-1-b is <status>

    Voorbeelden:
      | dagen | datum      | status       |
      | 3     | 2027-07-10 | voldaan      |
      | 5     | 2027-07-10 | voldaan      |
      | 6     | 2027-07-10 | niet voldaan |
      | 6     | 2027-07-09 | komt eraan   |

  Abstract Scenario: Een handelaar in <goederen> die verkopen <melding> aan de FIE meldt
    # AMLR art. 74, lid 1: verkopen voor niet-commerciële doeleinden van motorvoertuigen vanaf
    # 250 000 EUR, vaartuigen en luchtvaartuigen vanaf 7 500 000 EUR
    Gegeven een instelling van categorie high_value_goods_trader
    En haar profielveld activities.<veld> is ja
    En haar profielveld controls.high_value_sale_reports is <meldt>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting <verplichting> is <status>

    Voorbeelden:
      | goederen         | melding | veld                 | meldt | verplichting | status       |
      | motorvoertuigen  | wel     | sells_motor_vehicles | ja    | AMLR-74-1-a  | voldaan      |
      | motorvoertuigen  | niet    | sells_motor_vehicles | nee   | AMLR-74-1-a  | niet voldaan |
      | vaartuigen       | wel     | sells_watercraft     | ja    | AMLR-74-1-b  | voldaan      |
      | vaartuigen       | niet    | sells_watercraft     | nee   | AMLR-74-1-b  | niet voldaan |
      | luchtvaartuigen  | wel     | sells_aircraft       | ja    | AMLR-74-1-c  | voldaan      |
      | luchtvaartuigen  | niet    | sells_aircraft       | nee   | AMLR-74-1-c  | niet voldaan |

  Scenario: Een autohandelaar die geen vaartuigen of luchtvaartuigen verkoopt
    Gegeven een instelling van categorie high_value_goods_trader
    En haar profielveld activities.sells_motor_vehicles is ja
    En haar profielveld activities.sells_watercraft is nee
    En haar profielveld activities.sells_aircraft is nee
    En haar profielveld controls.high_value_sale_reports is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-74-1-a is niet voldaan
    En verplichting AMLR-74-1-b is niet van toepassing
    En verplichting AMLR-74-1-c is niet van toepassing

  Scenario: Een juwelier verkoopt geen voertuigen: art. 74, lid 1 geldt niet
    Gegeven een instelling van categorie precious_metals_stones_trader
    En haar profielveld activities.sells_motor_vehicles is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-74-1-a is niet van toepassing
