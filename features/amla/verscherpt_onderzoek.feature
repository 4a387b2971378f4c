# language: nl
Functionaliteit: Verscherpt cliëntenonderzoek (AMLR art. 29, 34, 36, 37 en 42)
  Bij een hoger risico past de instelling verscherpte maatregelen toe (AMLR art. 34, lid 1), in
  het bijzonder bij derde landen met een hoog risico (art. 29, lid 4). Kredietinstellingen en
  financiële instellingen nemen bijzondere maatregelen bij grensoverschrijdende
  correspondentrelaties met een respondent uit een derde land (art. 36); aanbieders van
  cryptoactivadiensten doen dat bij correspondentrelaties voor cryptoactivadiensten, in afwijking
  van art. 36 (art. 37, lid 1). Een zakelijke relatie met een politiek prominente persoon vergt
  toestemming van het hoger leidinggevend personeel (art. 42, lid 1, onder a).

  Abstract Scenario: Verscherpte maatregelen bij een hoger risico: <edd>
    Gegeven een instelling van categorie notary_lawyer_legal_professional
    En haar profielveld controls.enhanced_due_diligence is <edd>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-34-1 is <status>

    Voorbeelden:
      | edd | status       |
      | ja  | voldaan      |
      | nee | niet voldaan |

  Abstract Scenario: Derde landen met een hoog risico: blootstelling <blootstelling>, verscherpt onderzoek <edd>
    Gegeven een instelling van categorie trust_or_company_service_provider
    En haar profielveld customers.high_risk_third_country_exposure is <blootstelling>
    En haar profielveld controls.enhanced_due_diligence is <edd>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-29-4 is <status>

    Voorbeelden:
      | blootstelling | edd | status              |
      | ja            | ja  | voldaan             |
      | ja            | nee | niet voldaan        |
      | nee           | nee | niet van toepassing |

  Scenario: Een handelaar met klanten uit derde landen met een hoog risico, vóór 10 juli 2027
    Gegeven een instelling van categorie high_value_goods_trader
    En haar profielveld customers.high_risk_third_country_exposure is ja
    En haar profielveld controls.enhanced_due_diligence is nee
    Als zij wordt beoordeeld per 2027-07-09
    Dan verplichting AMLR-29-4 is komt eraan
    En verplichting AMLR-34-1 is komt eraan
    En verplichting AMLR-29-4 vervangt Wwft art. 9 lid 1

  Abstract Scenario: Politiek prominente personen: PEP's <pep>, toestemming <toestemming>
    Gegeven een instelling van categorie credit_institution
    En haar profielveld customers.politically_exposed_persons is <pep>
    En haar profielveld controls.senior_management_approval_pep is <toestemming>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-42-1-a is <status>

    Voorbeelden:
      | pep | toestemming | status              |
      | ja  | ja          | voldaan             |
      | ja  | nee         | niet voldaan        |
      | nee | nee         | niet van toepassing |

  Abstract Scenario: Correspondentrelaties van een bank: <omschrijving>
    Gegeven een instelling van categorie credit_institution
    En haar profielveld institution.crypto_asset_service_provider is nee
    En haar profielveld activities.correspondent_relationships_third_country is <correspondent>
    En haar profielveld controls.correspondent_due_diligence is <maatregelen>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-36 is <art36>
    En verplichting AMLR-37-1 is niet van toepassing

    Voorbeelden:
      | omschrijving                                 | correspondent | maatregelen | art36               |
      | respondenten in derde landen, met maatregelen | ja            | ja          | voldaan             |
      | respondenten in derde landen, zonder          | ja            | nee         | niet voldaan        |
      | geen respondenten in derde landen             | nee           | nee         | niet van toepassing |

  Scenario: Een makelaar heeft geen correspondentrelaties in de zin van art. 36
    Gegeven een instelling van categorie estate_agent
    En haar profielveld activities.correspondent_relationships_third_country is ja
    En haar profielveld controls.correspondent_due_diligence is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-36 is niet van toepassing
    En verplichting AMLR-37-1 is niet van toepassing

  Abstract Scenario: Correspondentrelaties van een aanbieder van cryptoactivadiensten: maatregelen <maatregelen>
    Gegeven een instelling van categorie financial_institution
    En haar profielveld institution.crypto_asset_service_provider is ja
    En haar profielveld activities.correspondent_relationships_third_country is ja
    En haar profielveld controls.correspondent_due_diligence is <maatregelen>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-37-1 is <status>
    En verplichting AMLR-36 is niet van toepassing

    Voorbeelden:
      | maatregelen | status       |
      | ja          | voldaan      |
      | nee         | niet voldaan |

  Scenario: Een financiële instelling die geen cryptodiensten verleent valt onder art. 36, niet onder art. 37
    Gegeven een instelling van categorie financial_institution
    En haar profielveld institution.crypto_asset_service_provider is nee
    En haar profielveld activities.correspondent_relationships_third_country is ja
    En haar profielveld controls.correspondent_due_diligence is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-36 is niet voldaan
    En verplichting AMLR-36 vervangt Wwft art. 8 lid 4
    En verplichting AMLR-37-1 is niet van toepassing

  Scenario: Zonder opgave of zij cryptodiensten verleent, is de correspondentplicht onbekend
    Gegeven een instelling van categorie financial_institution
    En haar profielveld activities.correspondent_relationships_third_country is ja
    En haar profielveld controls.correspondent_due_diligence is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-36 is onbekend
    En verplichting AMLR-37-1 is onbekend
