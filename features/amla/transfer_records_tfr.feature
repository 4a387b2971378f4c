Feature: Keeping the information that accompanies transfers (TFR Art. 26(1))
  Payment service providers that send or receive transfers of funds, and crypto-asset service
  providers that carry out transfers of crypto-assets, keep the originator and beneficiary
  information for five years (Regulation (EU) 2023/1113, Art. 26(1)). The TFR applies from
  30 December 2024, well before the AMLR.

  Scenario Outline: A payment institution that keeps records for <years> years
    Given an institution of category financial_institution
    And its profile field institution.payment_service_provider is yes
    And its profile field activities.transfers_of_funds is yes
    And it keeps records for <years> years
    When it is assessed as of 2026-11-28
    Then obligation TFR-26-1 is <status>

    Examples:
      | years | status   |
      | 4     | breached |
      | 5     | met      |

  Scenario: A crypto-asset service provider that keeps transfer records for three years
    Given an institution of category financial_institution
    And its profile field institution.crypto_asset_service_provider is yes
    And its profile field activities.crypto_asset_transfers is yes
    And it keeps records for 3 years
    When it is assessed as of 2026-11-28
    Then obligation TFR-26-1 is breached
    And obligation TFR-26-1 cites Art. 26(1)

  Scenario Outline: The day before and the day the TFR applies (<date>)
    Given an institution of category financial_institution
    And its profile field institution.payment_service_provider is yes
    And its profile field activities.transfers_of_funds is yes
    And it keeps records for 4 years
    When it is assessed as of <date>
    Then obligation TFR-26-1 is <status>
    And obligation TFR-26-1 applies from 2024-12-30
    And obligation TFR-26-1 has <days> days left

    Examples:
      | date       | status   | days |
      | 2024-12-29 | upcoming | 1    |
      | 2024-12-30 | breached | 0    |

  Scenario: A bank that makes transfers is a payment service provider, whatever it answered
    # TFR Art. 3, point (5): the categories of Art. 1(1) of Directive (EU) 2015/2366, whose
    # point (a) is credit institutions
    Given an institution of category credit_institution
    And its profile field institution.payment_service_provider is no
    And its profile field activities.transfers_of_funds is yes
    And it keeps records for 3 years
    When it is assessed as of 2026-11-28
    Then obligation TFR-26-1 is breached

  Scenario Outline: No transfer service provider: <description>
    Given an institution of category <category>
    And its profile field institution.payment_service_provider is <psp>
    And its profile field institution.crypto_asset_service_provider is <casp>
    And its profile field activities.transfers_of_funds is <funds>
    And its profile field activities.crypto_asset_transfers is no
    And it keeps records for 3 years
    When it is assessed as of 2026-11-28
    Then obligation TFR-26-1 is not applicable

    Examples:
      | description                                              | category                | psp | casp | funds |
      | a car dealer                                             | high_value_goods_trader | no  | no   | no    |
      | a payment institution that makes no transfers            | financial_institution   | yes | no   | no    |
      | a crypto-asset service provider without crypto transfers | financial_institution   | no  | yes  | no    |
