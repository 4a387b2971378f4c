# language: nl
Functionaliteit: Drempels en termijnen van het cliëntenonderzoek (AMLR art. 19 en 26)
  Kredietinstellingen en financiële instellingen, behalve aanbieders van cryptoactivadiensten,
  verrichten cliëntenonderzoek bij een occasionele geldovermaking van EUR 1 000 of meer (AMLR
  art. 19, lid 2). Aanbieders van cryptoactivadiensten doen dat bij een occasionele transactie
  van EUR 1 000 of meer (art. 19, lid 3, onder a). Voor andere occasionele transacties ligt de
  drempel op EUR 10 000 (art. 19, lid 1, onder b). Cliëntgegevens worden ten minste jaarlijks
  (hoger risico) en ten minste om de vijf jaar (overige cliënten) geactualiseerd (art. 26, lid 2).
  Het profiel geeft het bedrag waarvanaf de instelling onderzoek doet: een drempel van precies
  EUR 1 000 vangt een overmaking van EUR 1 000 nog, een drempel van EUR 1 001 niet meer.

  Abstract Scenario: Een bank die occasionele geldovermakingen onderzoekt vanaf <drempel> euro
    Gegeven een instelling van categorie credit_institution
    En haar profielveld institution.crypto_asset_service_provider is nee
    En haar profielveld activities.occasional_transactions is ja
    En haar profielveld activities.transfers_of_funds is ja
    En haar profielveld controls.transfer_of_funds_threshold_eur is <drempel>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-2 is <status>

    Voorbeelden:
      | drempel | status       |
      | 999     | voldaan      |
      | 1000    | voldaan      |
      | 1001    | niet voldaan |
      | 15000   | niet voldaan |

  Abstract Scenario: De drempel voor geldovermakingen rond 10 juli 2027 (<datum>)
    Gegeven een instelling van categorie financial_institution
    En haar profielveld institution.crypto_asset_service_provider is nee
    En haar profielveld activities.occasional_transactions is ja
    En haar profielveld activities.transfers_of_funds is ja
    En haar profielveld controls.transfer_of_funds_threshold_eur is 1001
    Als zij wordt beoordeeld per <datum>
    Dan verplichting AMLR-19-2 is <status>
    En verplichting AMLR-19-2 geldt vanaf 2027-07-10
    En verplichting AMLR-19-2 vervangt Wwft art. 3 lid 5 onder g

    Voorbeelden:
      | datum      | status       |
      | 2027-07-09 | komt eraan   |
      | 2027-07-10 | niet voldaan |

  Abstract Scenario: Art. 19, lid 2 geldt niet voor <omschrijving>
    Gegeven een instelling van categorie <categorie>
    En haar profielveld institution.crypto_asset_service_provider is <crypto>
    En haar profielveld activities.occasional_transactions is ja
    En haar profielveld activities.transfers_of_funds is <overmakingen>
    En haar profielveld controls.transfer_of_funds_threshold_eur is 15000
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-2 is niet van toepassing

    Voorbeelden:
      | omschrijving                                     | categorie             | crypto | overmakingen |
      | een makelaar                                     | estate_agent          | nee    | ja           |
      | een aanbieder van cryptoactivadiensten           | financial_institution | ja     | ja           |
      | een financiële instelling zonder geldovermakingen | financial_institution | nee    | nee          |

  Abstract Scenario: Een aanbieder van cryptoactivadiensten met een drempel van <drempel> euro
    Gegeven een instelling van categorie financial_institution
    En haar profielveld institution.crypto_asset_service_provider is ja
    En haar profielveld activities.occasional_transactions is ja
    En haar profielveld controls.crypto_transaction_threshold_eur is <drempel>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-3-a is <status>

    Voorbeelden:
      | drempel | status       |
      | 999     | voldaan      |
      | 1000    | voldaan      |
      | 1001    | niet voldaan |

  Abstract Scenario: Art. 19, lid 3, onder a geldt niet voor <omschrijving>
    Gegeven een instelling van categorie financial_institution
    En haar profielveld institution.crypto_asset_service_provider is <crypto>
    En haar profielveld activities.occasional_transactions is <occasioneel>
    En haar profielveld controls.crypto_transaction_threshold_eur is 5000
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-3-a is niet van toepassing

    Voorbeelden:
      | omschrijving                                          | crypto | occasioneel |
      | een financiële instelling die geen cryptodiensten biedt | nee    | ja          |
      | een cryptoaanbieder zonder occasionele transacties      | ja     | nee         |

  Scenario: De cryptodrempel komt eraan op 9 juli 2027
    Gegeven een instelling van categorie financial_institution
    En haar profielveld institution.crypto_asset_service_provider is ja
    En haar profielveld activities.occasional_transactions is ja
    En haar profielveld controls.crypto_transaction_threshold_eur is 1001
    Als zij wordt beoordeeld per 2027-07-09
    Dan verplichting AMLR-19-3-a is komt eraan
    En verplichting AMLR-19-3-a heeft nog 1 dagen

  Abstract Scenario: Een juwelier die occasionele transacties onderzoekt vanaf <drempel> euro
    Gegeven een instelling van categorie precious_metals_stones_trader
    En zij verricht cliëntenonderzoek bij occasionele transacties vanaf <drempel> euro
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-1-b is <status>

    Voorbeelden:
      | drempel | status       |
      | 9999    | voldaan      |
      | 10000   | voldaan      |
      | 10001   | niet voldaan |

  Abstract Scenario: Cliëntgegevens actualiseren om de <hoog> maanden (hoger risico) en om de <overig> maanden (overig)
    Gegeven een instelling van categorie estate_agent
    En haar profielveld activities.business_relationships is ja
    En haar profielveld controls.customer_review_months_high_risk is <hoog>
    En haar profielveld controls.customer_review_months_other is <overig>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-26-2 is <status>

    Voorbeelden:
      | hoog | overig | status       |
      | 6    | 24     | voldaan      |
      | 12   | 60     | voldaan      |
      | 13   | 60     | niet voldaan |
      | 12   | 61     | niet voldaan |
      | 24   | 120    | niet voldaan |

  Scenario: Alleen de termijn voor hoog risico bekend, en die is goed
    Gegeven een instelling van categorie estate_agent
    En haar profielveld activities.business_relationships is ja
    En haar profielveld controls.customer_review_months_high_risk is 12
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-26-2 is onbekend

  Scenario: Alleen de termijn voor hoog risico bekend, en die is te lang
    Gegeven een instelling van categorie estate_agent
    En haar profielveld activities.business_relationships is ja
    En haar profielveld controls.customer_review_months_high_risk is 13
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-26-2 is niet voldaan

  Scenario: Zonder zakelijke relaties hoeven geen cliëntgegevens te worden geactualiseerd
    Gegeven een instelling van categorie high_value_goods_trader
    En haar profielveld activities.business_relationships is nee
    En haar profielveld controls.customer_review_months_high_risk is 24
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-26-2 is niet van toepassing

  Abstract Scenario: Een aanbieder van kansspeldiensten met een drempel van <drempel> euro voor prijzen en inzetten
    # AMLR art. 19, lid 5: cliëntenonderzoek bij transacties van ten minste 2 000 EUR
    Gegeven een instelling van categorie gambling_service_provider
    En haar profielveld controls.gambling_cdd_threshold_eur is <drempel>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-5 is <status>

    Voorbeelden:
      | drempel | status       |
      | 1000    | voldaan      |
      | 2000    | voldaan      |
      | 2001    | niet voldaan |
      | 10000   | niet voldaan |

  Scenario: Art. 19, lid 5 geldt alleen voor aanbieders van kansspeldiensten
    Gegeven een instelling van categorie high_value_goods_trader
    En haar profielveld controls.gambling_cdd_threshold_eur is 10000
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-5 is niet van toepassing

  Scenario: Een casino dat zijn drempel niet opgeeft
    Gegeven een instelling van categorie gambling_service_provider
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-5 is onbekend

  Scenario: Wie de uitzondering van art. 19, lid 2 dekt, is niet bevestigd
    # EN "with the exception of crypto-asset service providers", NL "met uitzondering van
    # cryptoactivadiensten": een bank die ook cryptoactivadiensten verleent, krijgt te horen
    # dat art. 19, lid 2 niet geldt voor haar gewone geldovermakingen
    Gegeven een instelling van categorie credit_institution
    En haar profielveld institution.crypto_asset_service_provider is ja
    En haar profielveld activities.occasional_transactions is ja
    En haar profielveld activities.transfers_of_funds is ja
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-2 is niet van toepassing
    En de regel voor AMLR-19-2 is niet bevestigd
    En de regel voor AMLR-19-1-b is bevestigd
