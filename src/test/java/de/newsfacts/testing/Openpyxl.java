package de.newsfacts.testing;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds a Python with openpyxl, the library analysts' scripts read workbooks with (Debian: python3-openpyxl). */
public final class Openpyxl {

    private Openpyxl() {
    }

    /** python3 on the PATH, else the system one (a pyenv python may lack the Debian package); null if none. */
    public static String python() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import openpyxl").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException e) {
                // not installed: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
