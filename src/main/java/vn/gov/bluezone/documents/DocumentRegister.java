package vn.gov.bluezone.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers issued documents per issuer and year. The counter row is locked with SELECT … FOR UPDATE
 * while the next number is taken, the document rendered with it and stored, all in one
 * transaction: two issues at once wait for each other, so numbers never repeat and never skip
 * (a failed issue rolls its number back).
 */
@Component
class DocumentRegister {

    private static final RowMapper<IssuedDocument> ROW = (rs, n) -> new IssuedDocument(rs.getLong("id"),
            rs.getLong("issuer_unit_id"), rs.getInt("register_year"), rs.getInt("number"), rs.getString("symbol"),
            rs.getString("document_type"), rs.getObject("issued_on", LocalDate.class), rs.getString("summary"),
            rs.getString("issued_by"), rs.getObject("issued_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
            rs.getString("subject_ref"), rs.getObject("replaces_id", Long.class), rs.getString("signed_by"),
            rs.getString("signed_for"));

    private static final String COLUMNS = "id, issuer_unit_id, register_year, number, symbol, document_type, issued_on,"
            + " summary, issued_by, issued_at, subject_ref, replaces_id, signed_by, signed_for";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    DocumentRegister(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Issues a document: takes the issuer's next number for the year, renders the document with it
     * ({@code render} receives the number) and records it with its file. No comparison with earlier
     * issues of the subject (the reprimand dispatch, which is issued once per decision).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issue(long issuerUnitId, String symbol, String documentType, String summary,
            String subjectRef, String issuedBy, IntFunction<byte[]> render) {
        return issue(issuerUnitId, symbol, documentType, summary, subjectRef, issuedBy,
                (number, issuedOn) -> IssuedFile.unsigned(render.apply(number)));
    }

    /**
     * As above, with {@code render} also receiving the day of issue that the register records, so
     * the document carries the same date as its register entry.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issue(long issuerUnitId, String symbol, String documentType, String summary,
            String subjectRef, String issuedBy, BiFunction<Integer, LocalDate, IssuedFile> render) {
        LocalDate today = LocalDate.now(clock);
        lockCounter(issuerUnitId, today.getYear());
        int number = nextNumber(issuerUnitId, today.getYear());
        return insert(issuerUnitId, today, number, symbol, documentType, summary, subjectRef, issuedBy, null, null,
                render.apply(number, today));
    }

    /**
     * Issues a document that stands for a subject whose content may change (a report, a summary of a
     * day). While the issuer's counter is locked, so two issues of one subject cannot overtake each
     * other (the subject's entries are read with a locking read, which sees what the issue that held
     * the lock before committed): when the subject's latest entry was issued from the same content ({@code fingerprint}),
     * that entry is returned and no number is taken; otherwise the next number is taken and the
     * document rendered with it and with the entry it replaces (null for the first issue).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public Issuance issueFixed(long issuerUnitId, String symbol, String documentType, String summary,
            String subjectRef, String issuedBy, String fingerprint, BiFunction<Integer, IssuedDocument, IssuedFile> render) {
        LocalDate today = LocalDate.now(clock);
        lockCounter(issuerUnitId, today.getYear());
        // a locking read: on MariaDB a plain read would see this transaction's snapshot, taken before the
        // lock was granted, and miss the entry that a concurrent issue of the same subject just committed
        IssuedDocument latest = jdbc.query("select " + COLUMNS + " from issued_document where subject_ref = ?"
                + " order by id desc limit 1 for update", ROW, subjectRef).stream().findFirst().orElse(null);
        if (latest != null && fingerprint.equals(jdbc.query(
                "select fingerprint from issued_document where id = ? for update",
                (rs, n) -> rs.getString("fingerprint"), latest.id()).stream().findFirst().orElse(null))) {
            return new Issuance(latest, false, null);
        }
        int number = nextNumber(issuerUnitId, today.getYear());
        IssuedDocument entry = insert(issuerUnitId, today, number, symbol, documentType, summary, subjectRef, issuedBy,
                fingerprint, latest == null ? null : latest.id(), render.apply(number, latest));
        return new Issuance(entry, true, latest);
    }

    private void lockCounter(long issuerUnitId, int year) {
        ensureCounter(issuerUnitId, year);
        jdbc.queryForObject(
                "select last_number from document_counter where issuer_unit_id = ? and register_year = ? for update",
                Integer.class, issuerUnitId, year);
    }

    /**
     * Takes the next number; the counter row is already locked by this transaction. The read is a
     * locking one again: on MariaDB a plain read sees the transaction's snapshot, which may predate
     * the counter row that {@code ensureCounter} committed in a transaction of its own.
     */
    private int nextNumber(long issuerUnitId, int year) {
        int number = jdbc.queryForObject(
                "select last_number from document_counter where issuer_unit_id = ? and register_year = ? for update",
                Integer.class, issuerUnitId, year) + 1;
        jdbc.update("update document_counter set last_number = ? where issuer_unit_id = ? and register_year = ?",
                number, issuerUnitId, year);
        return number;
    }

    private IssuedDocument insert(long issuerUnitId, LocalDate today, int number, String symbol, String documentType,
            String summary, String subjectRef, String issuedBy, String fingerprint, Long replacesId, IssuedFile file) {
        int year = today.getYear();
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into issued_document (issuer_unit_id, register_year, number, symbol, document_type, issued_on,
                        summary, subject_ref, issued_by, issued_at, content, content_sha256, fingerprint, replaces_id,
                        signed_by, signed_for)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, new String[] {"id"});
            int i = 1;
            insert.setLong(i++, issuerUnitId);
            insert.setInt(i++, year);
            insert.setInt(i++, number);
            insert.setString(i++, symbol);
            insert.setString(i++, documentType);
            insert.setObject(i++, today);
            insert.setString(i++, summary);
            insert.setString(i++, subjectRef);
            insert.setString(i++, issuedBy);
            insert.setObject(i++, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setBytes(i++, file.content());
            insert.setString(i++, sha256(file.content()));
            insert.setString(i++, fingerprint);
            if (replacesId == null) {
                insert.setNull(i++, Types.BIGINT);
            } else {
                insert.setLong(i++, replacesId);
            }
            insert.setString(i++, file.signedBy());
            insert.setString(i, file.signedFor());
            return insert;
        }, key);
        return find(key.getKey().longValue()).orElseThrow();
    }

    /** The entry whose file is exactly these bytes (by their SHA-256), the first if several are. */
    Optional<IssuedDocument> findByContent(byte[] content) {
        return jdbc.query("select " + COLUMNS + " from issued_document where content_sha256 = ? order by id limit 1",
                ROW, sha256(content)).stream().findFirst();
    }

    /** The SHA-256 of a file in lower-case hex, as {@code issued_document.content_sha256} holds it. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<IssuedDocument> findBySubject(String subjectRef) {
        return jdbc.query("select " + COLUMNS + " from issued_document where subject_ref = ? order by id", ROW,
                subjectRef);
    }

    Optional<IssuedDocument> find(long id) {
        return jdbc.query("select " + COLUMNS + " from issued_document where id = ?", ROW, id).stream().findFirst();
    }

    List<IssuedDocument> findByIssuer(long issuerUnitId) {
        return jdbc.query("select " + COLUMNS
                + " from issued_document where issuer_unit_id = ? order by register_year desc, number desc", ROW,
                issuerUnitId);
    }

    Optional<String> fingerprint(long issuedId) {
        return jdbc.query("select fingerprint from issued_document where id = ?", (rs, n) -> rs.getString("fingerprint"),
                issuedId).stream().filter(Objects::nonNull).findFirst();
    }

    Optional<byte[]> content(long issuedId) {
        return jdbc.query("select content from issued_document where id = ?", (rs, n) -> rs.getBytes("content"), issuedId)
                .stream().findFirst();
    }

    /** Creates the year's counter if it is missing; a concurrent creation by another issue is fine. */
    private void ensureCounter(long issuerUnitId, int year) {
        Integer exists = jdbc.queryForObject(
                "select count(*) from document_counter where issuer_unit_id = ? and register_year = ?", Integer.class,
                issuerUnitId, year);
        if (exists != null && exists > 0) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into document_counter (issuer_unit_id, register_year, last_number) values (?, ?, 0)",
                    issuerUnitId, year));
        } catch (DuplicateKeyException alreadyCreated) {
            // another issue created it first
        }
    }
}
