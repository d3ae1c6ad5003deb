package vn.gov.bluezone.documents;

import java.util.HashMap;
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
