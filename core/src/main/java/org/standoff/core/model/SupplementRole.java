package org.standoff.core.model;

/** The role of an {@link Supplement} of an attribution. */
public enum SupplementRole {
    /** To whom it was said: "told <u>reporters</u>". */
    ADDRESSEE,
    /** When, where or in which circumstances: "<u>after the signing ceremony in the Kremlin</u>". */
    SETTING
}
