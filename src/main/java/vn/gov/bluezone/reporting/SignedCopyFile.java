package vn.gov.bluezone.reporting;

/** A signed copy to download: the sanitised file name, its detected type and its bytes. */
public record SignedCopyFile(String fileName, String contentType, byte[] content) {
}
