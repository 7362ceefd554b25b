package de.newsfacts.job;

/** Process exit codes, documented in the README for schedulers. */
public enum ExitCode {
    /** A new version was published, or the content equalled the latest version (nothing new). */
    OK(0),
    /** The job ran but failed (an I/O error while processing or publishing); rerun to resume. */
    JOB_FAILED(1),
    /** Invalid configuration (properties, output location). */
    BAD_CONFIGURATION(2),
    /** seeds/INDEX missing, unreadable or malformed. */
    BAD_INDEX(3),
    /** Another run holds the output lock. */
    LOCKED(4),
    /** I/O error outside the job (e.g. output location not writable). */
    IO_ERROR(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
