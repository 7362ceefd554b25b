package de.newsfacts.extract.entities;

/** The classpath gazetteer, loaded once for the tests of this package that need one. */
final class SharedGazetteer {

    private static Gazetteer gazetteer;

    private SharedGazetteer() {
    }

    static synchronized Gazetteer get() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.fromClasspath();
        }
        return gazetteer;
    }
}
