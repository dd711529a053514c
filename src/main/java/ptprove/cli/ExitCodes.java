package ptprove.cli;

/** Exit statuses, as documented in {@code --help} and the README. */
final class ExitCodes {
    private ExitCodes() {}

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int SPEC_ERROR = 3;
    static final int UNKNOWN = 4;
    static final int INTERNAL = 70;
    /** 128 + SIGINT, as the JVM exits after Ctrl-C (SIGTERM gives 143); returned by a run interrupted in-process. */
    static final int INTERRUPTED = 130;
    /** sysexits.h's EX_IOERR: the environment refused a read or write (the message names the file and why). */
    static final int IO = 74;

    /** The I/O line of every command's exit-status footer. */
    static final String IO_HELP = "  74  I/O error: a file or the output could not be read or written\n"
            + "      (the message names it and gives the system's reason)";

    /** {@link #HELP} up to 70, for a command that says more about 70. */
    static final String HELP_TO_INTERNAL = """
            Exit status:
              0   every obligation proved or witnessed (or as recorded in proofs/)
              1   something refuted, unwitnessed or vacuous, or a change against proofs/
              2   usage error
              3   error in a spec
              4   the solver gave up (unknown: timeout or resource limit)
              70  internal error (a bug in ptprove)""";

    static final String HELP = HELP_TO_INTERNAL + "\n" + IO_HELP;
}
