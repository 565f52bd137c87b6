// Java client (PostgreSQL JDBC) against policy_tracker: DatabaseMetaData of
// the views (plain types, remarks), ResultSets in text and in binary
// transfer mode, docnum and deadline bound as text.
import java.sql.*;
import java.util.*;

public class ClientJava {
    static int failures = 0;
    static void check(String name, boolean ok, Object detail) {
        System.out.println((ok ? "ok   " : "FAIL ") + "java: " + name + (detail != null ? ": " + detail : ""));
        if (!ok) failures++;
    }
    public static void main(String[] args) throws Exception {
        String[] views = {"action_overview", "actor_workload", "paragraph_coverage", "deadline_calendar", "reference_graph"};
        Set<Integer> plain = new HashSet<>(Arrays.asList(Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.DATE,
                                                         Types.BIT, Types.BOOLEAN, Types.NUMERIC));
        String base = "jdbc:postgresql://" + System.getenv("PGHOST_TCP") + ":" + System.getenv("PGPORT") + "/" + System.getenv("PGDATABASE");
        Properties props = new Properties();
        props.setProperty("user", System.getenv("PGUSER"));
        props.setProperty("password", System.getenv("PGPASSWORD"));
        for (String mode : new String[] {"text", "binary"}) {
            Properties p = (Properties) props.clone();
            if (mode.equals("binary")) { p.setProperty("binaryTransfer", "true"); p.setProperty("prepareThreshold", "-1"); }
            else { p.setProperty("binaryTransfer", "false"); p.setProperty("preferQueryMode", "extended"); }
            try (Connection c = DriverManager.getConnection(base, p)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT ?::policy_tracker.docnum::text, ?::policy_tracker.deadline::text")) {
                    ps.setString(1, "12762/5/17 REV5");
                    ps.setString(2, "bis Mitte 2018");
                    ResultSet rs = ps.executeQuery(); rs.next();
                    check(mode + ": docnum and deadline bound as text come back canonical",
                          rs.getString(1).equals("ST 12762 2017 REV 5") && rs.getString(2).equals("by mid-2018"),
                          rs.getString(1) + " / " + rs.getString(2));
                }
                for (String v : views) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM policy_tracker." + v)) {
                        ResultSet rs = ps.executeQuery();
                        int n = 0; int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) { for (int i = 1; i <= cols; i++) rs.getObject(i); n++; }
                        check(mode + ": reads " + v, n > 0, n);
                    }
                }
                if (mode.equals("text")) {
                    DatabaseMetaData md = c.getMetaData();
                    for (String v : views) {
                        ResultSet rs = md.getColumns(null, "policy_tracker", v, null);
                        List<String> odd = new ArrayList<>(), bare = new ArrayList<>();
                        int n = 0;
                        while (rs.next()) {
                            n++;
                            if (!plain.contains(rs.getInt("DATA_TYPE"))) odd.add(rs.getString("COLUMN_NAME") + ":" + rs.getString("TYPE_NAME"));
                            if (rs.getString("REMARKS") == null) bare.add(rs.getString("COLUMN_NAME"));
                        }
                        check("metadata: " + v + " columns are plain types", n > 0 && odd.isEmpty(), odd);
                        check("metadata: " + v + " columns have remarks", n > 0 && bare.isEmpty(), bare);
                    }
                }
            }
        }
        System.out.println("java: " + failures + " failed");
        System.exit(failures == 0 ? 0 : 1);
    }
}
