Feature: The EU cash limit for traders
  A car dealer that still takes cash up to EUR 12 000 breaches the AMLR cash limit of
  EUR 10 000 (Art. 80(1)) from 10 July 2027, and until then it is upcoming.

  Scenario: Before the AMLR applies
    Given an institution of category high_value_goods_trader
    And it accepts cash payments up to 12000 euro
    When it is assessed as of 2026-11-28
    Then obligation AMLR-80-1 is upcoming
    And obligation AMLR-80-1 applies from 2027-07-10
    And obligation AMLR-80-1 has 224 days left

  Scenario: From the day the AMLR applies
    Given an institution of category high_value_goods_trader
    And it accepts cash payments up to 12000 euro
    When it is assessed as of 2027-07-10
    Then obligation AMLR-80-1 is breached
    And obligation AMLR-80-1 replaces Wwft art. 1f
