package vn.gov.bluezone.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
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
            rs.getString("issued_by"), rs.getObject("issued_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    DocumentRegister(JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Issues a document: takes the issuer's next number for the year, renders the document with it
     * ({@code render} receives the number) and records it with its file.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issue(long issuerUnitId, String symbol, String documentType, String summary,
            String subjectRef, String issuedBy, IntFunction<byte[]> render) {
        return issue(issuerUnitId, symbol, documentType, summary, subjectRef, issuedBy,
                (number, issuedOn) -> render.apply(number));
    }

    /**
     * As above, with {@code render} also receiving the day of issue that the register records, so
     * the document carries the same date as its register entry.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public IssuedDocument issue(long issuerUnitId, String symbol, String documentType, String summary,
            String subjectRef, String issuedBy, BiFunction<Integer, LocalDate, byte[]> render) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        ensureCounter(issuerUnitId, year);
        int number = jdbc.queryForObject(
                "select last_number from document_counter where issuer_unit_id = ? and register_year = ? for update",
                Integer.class, issuerUnitId, year) + 1;
        jdbc.update("update document_counter set last_number = ? where issuer_unit_id = ? and register_year = ?",
                number, issuerUnitId, year);
        byte[] content = render.apply(number, today);
        Instant now = clock.instant();
        jdbc.update("""
                insert into issued_document (issuer_unit_id, register_year, number, symbol, document_type, issued_on,
                    summary, subject_ref, issued_by, issued_at, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, issuerUnitId, year, number, symbol, documentType, today, summary, subjectRef, issuedBy,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC), content);
        return findBySubject(subjectRef).stream().filter(d -> d.number() == number && d.year() == year).findFirst()
                .orElseThrow();
    }

    List<IssuedDocument> findBySubject(String subjectRef) {
        return jdbc.query("""
                select id, issuer_unit_id, register_year, number, symbol, document_type, issued_on, summary, issued_by,
                       issued_at
                  from issued_document where subject_ref = ? order by id
                """, ROW, subjectRef);
    }

    Optional<IssuedDocument> find(long id) {
        return jdbc.query("""
                select id, issuer_unit_id, register_year, number, symbol, document_type, issued_on, summary, issued_by,
                       issued_at
                  from issued_document where id = ?
                """, ROW, id).stream().findFirst();
    }

    List<IssuedDocument> findByIssuer(long issuerUnitId) {
        return jdbc.query("""
                select id, issuer_unit_id, register_year, number, symbol, document_type, issued_on, summary, issued_by,
                       issued_at
                  from issued_document where issuer_unit_id = ? order by register_year desc, number desc
                """, ROW, issuerUnitId);
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
