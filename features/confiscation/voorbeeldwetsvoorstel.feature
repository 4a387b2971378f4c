# language: nl
Functionaliteit: Het voorbeeldwetsvoorstel tegen de confiscatierichtlijn en AMLD6
  Het voorbeeldwetsvoorstel (examples/bills/wetsvoorstel-implementatie.xml) zet de
  confiscatierichtlijn (Richtlijn (EU) 2024/1260) gedeeltelijk om: een bureau voor de
  ontneming van vermogensbestanddelen (art. 4.1), een bureau voor vermogensbeheer (art. 4.3) en
  een nationale strategie die ten minste om de vijf jaar wordt herzien (art. 4.4). De confiscatie
  van onverklaarbaar vermogen (richtlijn art. 16, lid 1) ontbreekt. Voor AMLD6 noemt het
  voorstel een te lange opschortingstermijn voor de FIE en te lage maximale geldboeten.

  Achtergrond:
    Gegeven het wetsvoorstel ../../examples/bills/wetsvoorstel-implementatie.xml
    Als het wetsvoorstel wordt getoetst per 2026-11-28

  Scenario: De nationale strategie is omgezet in art. 4.4, met een herzieningstermijn die past
    Dan de status van het wetsvoorstel voor CONF-25-1 is transposed
    En het wetsvoorstel zet CONF-25-1 om in art. 4.4
    En het getal in het wetsvoorstel voor CONF-25-1 is ok
    En de status van het wetsvoorstel voor CONF-25-2 is transposed

  Scenario: De bureaus voor ontneming en voor vermogensbeheer zijn omgezet
    Dan de status van het wetsvoorstel voor CONF-5-1 is transposed
    En het wetsvoorstel zet CONF-5-1 om in art. 4.1
    En de status van het wetsvoorstel voor CONF-22-1 is transposed
    En het wetsvoorstel zet CONF-22-1 om in art. 4.3
    En het getal in het wetsvoorstel voor CONF-22-1 is ok

  Scenario: De confiscatie van onverklaarbaar vermogen ontbreekt
    Dan de status van het wetsvoorstel voor CONF-16-1 is missing

  Scenario: Een lidstaatoptie die het voorstel niet gebruikt
    Dan de status van het wetsvoorstel voor CONF-10-2 is option_not_used

  Scenario: De opschortingstermijn van de FIE is te lang, die voor rekeningen klopt
    Dan de status van het wetsvoorstel voor AMLD6-24-1 is conflicting
    En het wetsvoorstel zet AMLD6-24-1 om in art. 3.4
    En het getal in het wetsvoorstel voor AMLD6-24-1 is too_high
    En de status van het wetsvoorstel voor AMLD6-24-2 is transposed
    En het getal in het wetsvoorstel voor AMLD6-24-2 is ok

  Scenario: De maximale geldboete voor kredietinstellingen en financiële instellingen is te laag
    Dan de status van het wetsvoorstel voor AMLD6-55-3-a is conflicting
    En het wetsvoorstel zet AMLD6-55-3-a om in art. 5.1
    En het getal in het wetsvoorstel voor AMLD6-55-3-a is too_low
