package ptprove.solve;

/**
 * How a theorem's or example's configurations are solved. Either way there is one outcome per (property,
 * configuration), with the same verdicts, models and fingerprints; only the number and shape of the queries differ.
 */
public enum ConfigMode {
    /** One query (per claim part) for each configuration on its own: the default, 3.5x cheaper on specs/arm64. */
    PER_CONFIG,
    /**
     * One query per claim part covering every configuration of the property: the params are free variables
     * constrained to the configurations ({@link ConfigGroup}); a model names a failing configuration, which is
     * then solved on its own for its counterexample and excluded before asking again.
     */
    SYMBOLIC
}
