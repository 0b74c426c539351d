package org.standoff.server.campaign;

/**
 * How long the crash and concurrency campaigns run. The build runs a short version; a longer one is
 * one command away (docs/RELIABILITY.md):
 * {@code mvn -B -pl server -am test -Dtest='CrashTest,ConcurrencyTest' -Dsurefire.failIfNoSpecifiedTests=false
 * -Dstandoff.campaign.kills=40 -Dstandoff.campaign.seconds=60}.
 */
final class Campaign {
    private Campaign() {
    }

    /** SIGKILLs the crash test deals ({@code standoff.campaign.kills}, 3 by default). */
    static int kills() {
        return Integer.getInteger("standoff.campaign.kills", 3);
    }

    /** Seconds the concurrency test runs ({@code standoff.campaign.seconds}, 3 by default). */
    static int seconds() {
        return Integer.getInteger("standoff.campaign.seconds", 3);
    }

    /** The random seed ({@code standoff.campaign.seed}, else the time), printed so a run can be repeated. */
    static long seed() {
        return Long.getLong("standoff.campaign.seed", System.nanoTime());
    }
}
