package de.newsfacts.extract.entities;

import java.io.IOException;
import java.nio.file.Path;

/** Placeholder until word clusters are built; see the class Javadoc of TrainEntityModel. */
final class BuildWordClusters {
    static WordClusters load(Path file) throws IOException {
        throw new IOException("word clusters not implemented yet: " + file);
    }
}
