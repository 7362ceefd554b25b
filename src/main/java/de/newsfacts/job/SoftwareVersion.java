package de.newsfacts.job;

/** The newsfacts version from the jar manifest ("dev" when running from classes). */
final class SoftwareVersion {

    private SoftwareVersion() {
    }

    static String get() {
        String version = SoftwareVersion.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }
}
