package vn.gov.bluezone.campaign;

/** What the target percent is a share of. */
public enum TargetDenominator {
    SMARTPHONE_USERS,
    POPULATION
}
