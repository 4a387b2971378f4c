# language: nl
Functionaliteit: Het voorbeeldwetsvoorstel tegen de richtlijnen
  De FIE mag een transactie ten hoogste tien werkdagen opschorten (AMLD6 art. 24, lid 1);
  het voorbeeldwetsvoorstel noemt vijftien.

  Scenario: De opschortingstermijn is te lang
    Gegeven het wetsvoorstel ../../examples/bills/wetsvoorstel-implementatie.xml
    Als het wetsvoorstel wordt getoetst per 2026-11-28
    Dan de status van het wetsvoorstel voor AMLD6-24-1 is conflicting
    En het wetsvoorstel zet AMLD6-24-1 om in art. 3.4
    En het getal in het wetsvoorstel voor AMLD6-24-1 is too_high
    En de status van het wetsvoorstel voor AMLD6-24-2 is transposed
