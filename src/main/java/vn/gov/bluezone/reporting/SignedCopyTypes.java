package vn.gov.bluezone.reporting;

import java.util.Objects;

import vn.gov.bluezone.shared.InputText;

/** Recognises a signed copy by its first bytes, whatever its name says, and cleans its name. */
final class SignedCopyTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private SignedCopyTypes() {
    }

    static String detect(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return PDF;
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        return null;
    }

    /**
     * The last path segment of the uploaded name, cleaned as every input is ({@link InputText}: NFC,
     * no control, bidirectional or zero-width characters), without characters that mean something
     * to a file system or a browser, with the extension of the detected type.
     */
    static String safeFileName(String uploaded, String type) {
        String name = Objects.requireNonNullElse(InputText.line(uploaded), "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[<>:\"|?*%]", "").replace("..", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "ban-ky";
        }
        if (base.length() > 150) {
            // never half of a surrogate pair at the cut
            base = base.substring(0, Character.isHighSurrogate(base.charAt(149)) ? 149 : 150);
        }
        String extension = switch (type) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            default -> ".jpg";
        };
        return base + extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
