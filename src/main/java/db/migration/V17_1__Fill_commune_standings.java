package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.gov.bluezone.reporting.KeptStandings;

/** Fills the kept standings (V17) of every campaign from the reports already stored. */
public class V17_1__Fill_commune_standings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        KeptStandings.rebuild(context.getConnection(), null);
    }
}
