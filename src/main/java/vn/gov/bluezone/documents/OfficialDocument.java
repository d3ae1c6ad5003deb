package vn.gov.bluezone.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The content of an official document in the Decree 30/2020 layout: header, type and summary,
 * recipient, body lines, signature block and distribution list.
 */
public record OfficialDocument(
        String parentBody,
        String issuerBody,
        String numberText,
        String placeDate,
        String documentType,
        String summary,
        String recipientLine,
        String authority,
        String signerName,
        String recipients,
        List<DocumentLine> lines,
        String subjectLine) {

    /** A document with a type and summary (báo cáo …), without the "V/v" line of a công văn. */
    public OfficialDocument(String parentBody, String issuerBody, String numberText, String placeDate,
            String documentType, String summary, String recipientLine, String authority, String signerName,
            String recipients, List<DocumentLine> lines) {
        this(parentBody, issuerBody, numberText, placeDate, documentType, summary, recipientLine, authority, signerName,
                recipients, lines, null);
    }

    public OfficialDocument withNumber(String numberText) {
        return new OfficialDocument(parentBody, issuerBody, numberText, placeDate, documentType, summary, recipientLine,
                authority, signerName, recipients, lines, subjectLine);
    }

    /** The same document signed by {@code signerName} (the full name under the signature). */
    public OfficialDocument withSigner(String signerName) {
        return new OfficialDocument(parentBody, issuerBody, numberText, placeDate, documentType, summary, recipientLine,
                authority, signerName, recipients, lines, subjectLine);
    }

    /** The same document opening with a paragraph that names the issued document it replaces. */
    OfficialDocument replacing(String sentence) {
        List<DocumentLine> body = new ArrayList<>();
        body.add(DocumentLine.paragraph(sentence));
        body.addAll(lines);
        return new OfficialDocument(parentBody, issuerBody, numberText, placeDate, documentType, summary, recipientLine,
                authority, signerName, recipients, body, subjectLine);
    }

    /**
     * SHA-256 of everything the document says except its number: two renderings with the same
     * fingerprint say the same thing, so issuing again need not take a new number.
     */
    String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(withNumber(null).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("parentBody", parentBody);
        parameters.put("issuerBody", issuerBody);
        parameters.put("numberText", numberText);
        parameters.put("placeDate", placeDate);
        parameters.put("documentType", documentType);
        parameters.put("summary", summary);
        parameters.put("recipientLine", recipientLine);
        parameters.put("authority", authority);
        parameters.put("signerName", signerName);
        parameters.put("recipients", recipients);
        parameters.put("subjectLine", subjectLine);
        return parameters;
    }
}
