# language: nl
Functionaliteit: Maatregelen van het cliëntenonderzoek (AMLR art. 20 en 24)
  Bij het cliëntenonderzoek identificeert de instelling de uiteindelijk begunstigden en
  verifieert zij hun identiteit (AMLR art. 20, lid 1, onder b), toetst zij cliënt en uiteindelijk
  begunstigden aan gerichte financiële sancties (onder d) en gaat zij na of een politiek
  prominente persoon betrokken is (onder g). Wie juridische entiteiten als cliënt heeft, meldt
  discrepanties met het register van uiteindelijk begunstigden binnen 14 dagen (art. 24, lid 1).

  Abstract Scenario: <verplichting> bij een belastingadviseur met <veld> = <waarde>
    Gegeven een instelling van categorie auditor_accountant_tax_adviser
    En haar profielveld customers.legal_entity_customers is ja
    En haar profielveld <veld> is <waarde>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting <verplichting> is <status>

    Voorbeelden:
      | verplichting | veld                                            | waarde | status       |
      | AMLR-20-1-b  | controls.beneficial_owner_verification          | ja     | voldaan      |
      | AMLR-20-1-b  | controls.beneficial_owner_verification          | nee    | niet voldaan |
      | AMLR-20-1-d  | controls.targeted_financial_sanctions_screening | ja     | voldaan      |
      | AMLR-20-1-d  | controls.targeted_financial_sanctions_screening | nee    | niet voldaan |
      | AMLR-20-1-g  | controls.pep_screening                          | ja     | voldaan      |
      | AMLR-20-1-g  | controls.pep_screening                          | nee    | niet voldaan |
      | AMLR-24-1    | controls.register_discrepancy_reporting         | ja     | voldaan      |
      | AMLR-24-1    | controls.register_discrepancy_reporting         | nee    | niet voldaan |

  Scenario: Een notaris die discrepanties niet meldt
    Gegeven het profiel ../../examples/profiles/notary.yaml
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-24-1 is niet voldaan
    En verplichting AMLR-24-1 vervangt Wwft art. 10c lid 1
    En verplichting AMLR-20-1-b is voldaan

  Scenario: Zonder juridische entiteiten als cliënt is er niets aan het register te melden
    Gegeven een instelling van categorie estate_agent
    En haar profielveld customers.legal_entity_customers is nee
    En haar profielveld controls.register_discrepancy_reporting is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-24-1 is niet van toepassing

  Scenario: Sanctie- en PEP-toetsing gelden voor elke meldingsplichtige entiteit, ook een kunsthandelaar
    Gegeven een instelling van categorie cultural_goods_trader
    En haar profielveld customers.legal_entity_customers is nee
    En haar profielveld controls.targeted_financial_sanctions_screening is nee
    En haar profielveld controls.pep_screening is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-20-1-d is niet voldaan
    En verplichting AMLR-20-1-g is niet voldaan
    En verplichting AMLR-20-1-g vervangt Wwft art. 8 lid 6 onder a

  Abstract Scenario: Toetsing aan sancties en PEP's rond 10 juli 2027 (<datum>)
    Gegeven een instelling van categorie estate_agent
    En haar profielveld controls.targeted_financial_sanctions_screening is nee
    En haar profielveld controls.pep_screening is ja
    Als zij wordt beoordeeld per <datum>
    Dan verplichting AMLR-20-1-d is <sancties>
    En verplichting AMLR-20-1-g is <pep>

    Voorbeelden:
      | datum      | sancties     | pep        |
      | 2027-07-09 | komt eraan   | komt eraan |
      | 2027-07-10 | niet voldaan | voldaan    |

  Abstract Scenario: Doorlopende monitoring bij een bank: <monitoring>
    # AMLR art. 20, lid 1, onder f
    Gegeven een instelling van categorie credit_institution
    En haar profielveld activities.business_relationships is ja
    En haar profielveld controls.ongoing_monitoring is <monitoring>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-20-1-f is <status>

    Voorbeelden:
      | monitoring | status       |
      | ja         | voldaan      |
      | nee        | niet voldaan |

  Scenario: Zonder zakelijke relaties is er geen relatie om te monitoren
    Gegeven een instelling van categorie high_value_goods_trader
    En haar profielveld activities.business_relationships is nee
    En haar profielveld controls.ongoing_monitoring is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-20-1-f is niet van toepassing
