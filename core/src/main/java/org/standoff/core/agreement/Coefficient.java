package org.standoff.core.agreement;

/**
 * A chance-corrected coefficient with its parts.
 *
 * @param observed observed agreement (kappa) or disagreement (alpha)
 * @param expected agreement or disagreement expected by chance
 * @param value    the coefficient; {@link Double#NaN} when undefined (no items, or one category only)
 */
public record Coefficient(double observed, double expected, double value) {

    /** Whether the coefficient is defined. */
    public boolean defined() {
        return !Double.isNaN(value);
    }
}
