package db.migration;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code issued_document.content_sha256} (V18) for the entries already stored, one file at a
 * time (the files are not read all at once). In Java because H2 and MariaDB spell SHA-256 of a blob
 * differently ({@code HASH('SHA-256', …)} against {@code SHA2(…, 256)}).
 */
public class V18_1__Fill_issued_document_hashes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from issued_document where content_sha256 is null order by id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (PreparedStatement read = connection.prepareStatement("select content from issued_document where id = ?");
                PreparedStatement write = connection.prepareStatement(
                        "update issued_document set content_sha256 = ? where id = ?")) {
            for (long id : ids) {
                read.setLong(1, id);
                byte[] content;
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    content = row.getBytes(1);
                }
                write.setString(1, sha256(content));
                write.setLong(2, id);
                write.executeUpdate();
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
