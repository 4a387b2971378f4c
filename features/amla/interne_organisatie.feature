# language: nl
Functionaliteit: Interne organisatie tegen witwassen (AMLR hoofdstuk II)
  Vanaf 10 juli 2027 heeft elke meldingsplichtige entiteit interne gedragslijnen, procedures en
  controles (AMLR art. 9, lid 1), een bedrijfsbrede risicobeoordeling (art. 10, lid 1), een
  nalevingsmanager in het leidinggevend orgaan (art. 11, lid 1), een nalevingsfunctionaris
  (art. 11, lid 2) en opgeleid personeel (art. 12). Een moederonderneming van een groep past
  daarnaast groepsbrede gedragslijnen toe (art. 16, lid 1). Voor betaald-voetbalorganisaties
  gelden deze plichten pas vanaf 10 juli 2029.

  Abstract Scenario: <verplichting> voor een makelaar die <veld> op <waarde> heeft
    Gegeven een instelling van categorie estate_agent
    En haar profielveld institution.single_person_entity is nee
    En haar profielveld <veld> is <waarde>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting <verplichting> is <status>

    Voorbeelden:
      | verplichting | veld                              | waarde | status       |
      | AMLR-9-1     | controls.internal_policies        | ja     | voldaan      |
      | AMLR-9-1     | controls.internal_policies        | nee    | niet voldaan |
      | AMLR-10-1    | controls.business_risk_assessment | ja     | voldaan      |
      | AMLR-10-1    | controls.business_risk_assessment | nee    | niet voldaan |
      | AMLR-11-1    | controls.compliance_manager       | ja     | voldaan      |
      | AMLR-11-1    | controls.compliance_manager       | nee    | niet voldaan |
      | AMLR-11-2    | controls.compliance_officer       | ja     | voldaan      |
      | AMLR-11-2    | controls.compliance_officer       | nee    | niet voldaan |
      | AMLR-12      | controls.staff_training           | ja     | voldaan      |
      | AMLR-12      | controls.staff_training           | nee    | niet voldaan |

  Scenario: Wie niets over haar interne organisatie zegt, krijgt geen oordeel maar een vraag
    Gegeven een instelling van categorie auditor_accountant_tax_adviser
    En haar profielveld institution.single_person_entity is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-9-1 is onbekend
    En verplichting AMLR-10-1 is onbekend
    En verplichting AMLR-11-1 is onbekend

  Scenario: Een trustkantoor zonder gedragslijnen en risicobeoordeling
    Gegeven een instelling van categorie trust_or_company_service_provider
    En haar profielveld institution.single_person_entity is nee
    En haar profielveld controls.internal_policies is nee
    En haar profielveld controls.business_risk_assessment is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-9-1 is niet voldaan
    En verplichting AMLR-9-1 vervangt Wwft art. 2c lid 1
    En verplichting AMLR-10-1 is niet voldaan
    En verplichting AMLR-10-1 vervangt Wwft art. 2b lid 1
    En verplichting AMLR-10-1 noemt art. 10, lid 1

  Abstract Scenario: De dag voor en de dag waarop de AMLR gaat gelden (<datum>)
    Gegeven een instelling van categorie trust_or_company_service_provider
    En haar profielveld institution.single_person_entity is nee
    En haar profielveld controls.internal_policies is nee
    En haar profielveld controls.compliance_manager is nee
    En haar profielveld controls.compliance_officer is nee
    En haar profielveld controls.staff_training is nee
    Als zij wordt beoordeeld per <datum>
    Dan verplichting AMLR-9-1 is <status>
    En verplichting AMLR-11-1 is <status>
    En verplichting AMLR-11-2 is <status>
    En verplichting AMLR-12 is <status>
    En verplichting AMLR-9-1 geldt vanaf 2027-07-10
    En verplichting AMLR-9-1 heeft nog <dagen> dagen

    Voorbeelden:
      | datum      | status       | dagen |
      | 2026-11-28 | komt eraan   | 224   |
      | 2027-07-09 | komt eraan   | 1     |
      | 2027-07-10 | niet voldaan | 0     |

  Abstract Scenario: Een betaald-voetbalorganisatie valt pas vanaf 10 juli 2029 onder de AMLR (<datum>)
    Gegeven een instelling van categorie professional_football_club
    En haar profielveld institution.single_person_entity is nee
    En haar profielveld controls.compliance_manager is nee
    En haar profielveld controls.compliance_officer is ja
    Als zij wordt beoordeeld per <datum>
    Dan verplichting AMLR-11-1 is <nalevingsmanager>
    En verplichting AMLR-11-2 is <nalevingsfunctionaris>
    En verplichting AMLR-11-1 geldt vanaf 2029-07-10

    Voorbeelden:
      | datum      | nalevingsmanager | nalevingsfunctionaris |
      | 2027-07-10 | komt eraan       | komt eraan            |
      | 2029-07-09 | komt eraan       | komt eraan            |
      | 2029-07-10 | niet voldaan     | voldaan               |

  Abstract Scenario: Groepsbrede gedragslijnen: <omschrijving>
    Gegeven een instelling van categorie financial_institution
    En haar profielveld institution.single_person_entity is nee
    En haar profielveld institution.part_of_group is <groep>
    En haar profielveld institution.parent_undertaking is <moeder>
    En haar profielveld controls.group_wide_policies is <groepsbeleid>
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-16-1 is <status>

    Voorbeelden:
      | omschrijving                                 | groep | moeder | groepsbeleid | status              |
      | moederonderneming met groepsbeleid           | ja    | ja     | ja           | voldaan             |
      | moederonderneming zonder groepsbeleid        | ja    | ja     | nee          | niet voldaan        |
      | dochteronderneming, niet de moeder           | ja    | nee    | nee          | niet van toepassing |
      | zelfstandige instelling buiten een groep     | nee   | nee    | nee          | niet van toepassing |

  Scenario: De groepsplicht komt eraan voor een moederonderneming zonder groepsbeleid
    Gegeven een instelling van categorie credit_institution
    En haar profielveld institution.single_person_entity is nee
    En haar profielveld institution.part_of_group is ja
    En haar profielveld institution.parent_undertaking is ja
    En haar profielveld controls.group_wide_policies is nee
    Als zij wordt beoordeeld per 2027-07-09
    Dan verplichting AMLR-16-1 is komt eraan
    En verplichting AMLR-16-1 vervangt Wwft art. 2f lid 1

  Scenario: Een notaris die alleen werkt, voert de compliancetaken zelf uit (art. 11, lid 7)
    Gegeven een instelling van categorie notary_lawyer_legal_professional
    En haar profielveld institution.single_person_entity is ja
    En haar profielveld controls.compliance_manager is nee
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-11-1 is niet van toepassing
    En verplichting AMLR-11-2 is niet van toepassing
