package vn.gov.bluezone.reporting;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The scanned or photographed written report, stored with the report it belongs to. */
@Entity
@Table(name = "signed_copy")
class SignedCopy {

    @Id
    @Column(name = "report_id")
    private Long reportId;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;
    @Column(name = "uploaded_by", nullable = false, length = 50)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SignedCopy() {
    }

    SignedCopy(long reportId) {
        this.reportId = reportId;
    }

    void replace(String fileName, String contentType, byte[] content, String sha256, String uploadedBy, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    String getFileName() { return fileName; }
    String getContentType() { return contentType; }
    byte[] getContent() { return content; }
    long getSizeBytes() { return sizeBytes; }
}
