import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * Benchmark helper (not part of the product): prints figures of one finished run as TAB-separated
 * {@code key value} lines.
 *
 * <p>Usage (single-file source launch, classpath = the H2 and DuckDB JDBC jars):
 * {@code java -cp h2.jar:duckdb_jdbc.jar bench/RunStats.java JOB_REPOSITORY_DIR VERSION_DIR}
 *
 * <ul>
 *   <li>from the job repository (H2 file database {@code JOB_REPOSITORY_DIR/newsfacts}): seconds of the job,
 *       the {@code process} step (all partitions), the slowest partition and the {@code publish} step;</li>
 *   <li>from the published version (DuckDB over Parquet): documents and the sum of
 *       {@code documents.word_count}.</li>
 * </ul>
 */
public class RunStats {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: RunStats JOB_REPOSITORY_DIR VERSION_DIR");
            System.exit(2);
        }
        jobRepository(args[0]);
        version(args[1]);
    }

    private static void jobRepository(String dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir + "/newsfacts;ACCESS_MODE_DATA=r";
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "select START_TIME, END_TIME from BATCH_JOB_EXECUTION order by JOB_EXECUTION_ID desc limit 1")) {
                if (rs.next()) {
                    print("job_s", seconds(rs.getTimestamp(1), rs.getTimestamp(2)));
                }
            }
            double slowestPartition = 0;
            try (ResultSet rs = st.executeQuery(
                    "select STEP_NAME, START_TIME, END_TIME from BATCH_STEP_EXECUTION order by STEP_EXECUTION_ID")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    double s = seconds(rs.getTimestamp(2), rs.getTimestamp(3));
                    if (name.equals("process") || name.equals("publish")) {
                        print(name + "_s", s);
                    } else if (name.startsWith("processPartition")) {
                        slowestPartition = Math.max(slowestPartition, s);
                    }
                }
            }
            print("slowest_partition_s", slowestPartition);
        }
    }

    private static void version(String dir) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select count(*), coalesce(sum(word_count), 0) from read_parquet('"
                     + dir.replace("'", "''") + "/documents/*.parquet')")) {
            rs.next();
            System.out.println("documents\t" + rs.getLong(1));
            System.out.println("words\t" + rs.getLong(2));
        }
    }

    private static double seconds(Timestamp start, Timestamp end) {
        if (start == null || end == null) {
            return Double.NaN;
        }
        return (end.getTime() - start.getTime()) / 1000.0;
    }

    private static void print(String key, double value) {
        System.out.println(key + "\t" + String.format(java.util.Locale.ROOT, "%.3f", value));
    }
}
