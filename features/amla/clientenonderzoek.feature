# language: nl
Functionaliteit: Cliëntenonderzoek bij occasionele transacties
  Een instelling die pas vanaf EUR 15 000 cliëntenonderzoek verricht, zoals de Wwft nu
  toestaat, voldoet vanaf 10 juli 2027 niet aan AMLR art. 19, lid 1, onder b (EUR 10 000).

  Scenario: Een autohandelaar met de drempel van de Wwft
    Gegeven een instelling van categorie high_value_goods_trader
    En zij verricht cliëntenonderzoek bij occasionele transacties vanaf 15000 euro
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-19-1-b is niet voldaan
    En verplichting AMLR-19-1-b vervangt Wwft art. 3 lid 5 onder b

  Scenario: Een voetbalclub valt pas vanaf 2029 onder de AMLR
    Gegeven een instelling van categorie professional_football_club
    En zij bewaart gegevens 3 jaar
    Als zij wordt beoordeeld per 2027-07-10
    Dan verplichting AMLR-77-3 is komt eraan
    En verplichting AMLR-77-3 geldt vanaf 2029-07-10
