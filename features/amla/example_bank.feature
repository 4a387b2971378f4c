Feature: The example bank profile against the AMLR and the TFR
  The example profile of a mid-sized Dutch bank (examples/profiles/bank.yaml) has its controls in
  place. Before 10 July 2027 the AMLR obligations are upcoming; from that day they are met. The
  TFR already applies, and its record-keeping rule is met today.

  Scenario: Before the AMLR applies
    Given the profile ../../examples/profiles/bank.yaml
    When it is assessed as of 2026-11-28
    Then obligation AMLR-9-1 is upcoming
    And obligation AMLR-9-1 has 224 days left
    And obligation AMLR-36 is upcoming
    And obligation AMLR-19-2 is upcoming
    And obligation TFR-26-1 is met

  Scenario Outline: From the day the AMLR applies, <obligation> is <status>
    Given the profile ../../examples/profiles/bank.yaml
    When it is assessed as of 2027-07-10
    Then obligation <obligation> is <status>

    Examples:
      | obligation  | status         |
      | AMLR-9-1    | met            |
      | AMLR-10-1   | met            |
      | AMLR-11-1   | met            |
      | AMLR-11-2   | met            |
      | AMLR-12     | met            |
      | AMLR-16-1   | met            |
      | AMLR-19-2   | met            |
      | AMLR-20-1-b | met            |
      | AMLR-20-1-d | met            |
      | AMLR-20-1-g | met            |
      | AMLR-24-1   | met            |
      | AMLR-26-2   | met            |
      | AMLR-29-4   | met            |
      | AMLR-34-1   | met            |
      | AMLR-36     | met            |
      | AMLR-42-1-a | met            |
      | AMLR-69-1-a | met            |
      | AMLR-79-1   | met            |
      | TFR-26-1    | met            |
      | AMLR-19-3-a | not applicable |
      | AMLR-37-1   | not applicable |

  Scenario: The same bank with a EUR 1 500 threshold for occasional transfers
    Given the profile ../../examples/profiles/bank.yaml
    And its profile field controls.transfer_of_funds_threshold_eur is 1500
    When it is assessed as of 2027-07-10
    Then obligation AMLR-19-2 is breached
    And obligation AMLR-19-2 replaces Wwft art. 3 lid 5 onder g
