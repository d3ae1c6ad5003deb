package vn.gov.bluezone.documents.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Store;
import vn.gov.bluezone.shared.PortalTime;

/**
 * Checks each signature of a PDF on its own: the byte range, the digest of the covered bytes, the
 * CMS signature value, the chain of the signer's certificate to the configured trust anchors, the
 * certificate's validity at the signing time and the RFC 3161 time stamp. It reads only the PDF:
 * no network (no OCSP or CRL; revocation is not checked, see decision 0038).
 */
public class SignatureVerifier {

    private final Supplier<Collection<X509Certificate>> trustAnchors;

    public SignatureVerifier(Supplier<Collection<X509Certificate>> trustAnchors) {
        this.trustAnchors = trustAnchors;
    }

    public SignatureReport verify(byte[] pdf) {
        Set<TrustAnchor> anchors = trustAnchors.get().stream().map(c -> new TrustAnchor(c, null))
                .collect(Collectors.toSet());
        List<VerifiedSignature> found = new ArrayList<>();
        boolean toTheEnd = false;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = new ArrayList<>(document.getSignatureDictionaries());
            signatures.sort(Comparator.comparingLong(s -> end(s.getByteRange())));
            for (PDSignature signature : signatures) {
                found.add(verify(pdf, signature, anchors));
            }
            toTheEnd = !signatures.isEmpty() && end(signatures.getLast().getByteRange()) == pdf.length;
        } catch (IOException e) {
            // not a PDF PDFBox can read: no signature to speak of
            return new SignatureReport(List.of(), false);
        }
        return new SignatureReport(List.copyOf(found), toTheEnd);
    }

    private static long end(int[] range) {
        return range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    private static VerifiedSignature verify(byte[] pdf, PDSignature signature, Set<TrustAnchor> anchors) {
        int[] range = signature.getByteRange();
        OffsetDateTime claimed = time(signature.getSignDate());
        if (!validRange(pdf, range)) {
            return broken(claimed, VerifiedSignature.Coverage.INVALID_RANGE);
        }
        VerifiedSignature.Coverage coverage = end(range) == pdf.length ? VerifiedSignature.Coverage.WHOLE_FILE
                : VerifiedSignature.Coverage.EARLIER_REVISION;
        try {
            byte[] content = signature.getSignedContent(pdf);
            CMSSignedData cms = cms(signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509Certificate certificate = certificate(cms.getCertificates(), signer);
            if (certificate == null) {
                return broken(claimed, coverage);
            }
            X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());

            String digestName = new DefaultAlgorithmNameFinder().getAlgorithmName(signer.getDigestAlgorithmID());
            byte[] digest = MessageDigest.getInstance(digestName).digest(content);
            Attribute signedDigest = signer.getSignedAttributes() == null ? null
                    : signer.getSignedAttributes().get(CMSAttributes.messageDigest);
            boolean unchanged = signedDigest != null && MessageDigest.isEqual(digest,
                    ASN1OctetString.getInstance(signedDigest.getAttrValues().getObjectAt(0)).getOctets());

            boolean value = signatureVerifies(signer, certificate) && namesItsCertificate(signer, certificate);

            TimeStampCheck stamp = timeStamp(signer, anchors);
            OffsetDateTime signingTime = stamp.time() != null ? stamp.time() : claimed;
            Date at = signingTime == null ? new Date() : Date.from(signingTime.toInstant());
            VerifiedSignature.CertificateTime validity;
            try {
                certificate.checkValidity(at);
                validity = VerifiedSignature.CertificateTime.VALID;
            } catch (CertificateExpiredException e) {
                validity = VerifiedSignature.CertificateTime.EXPIRED;
            } catch (CertificateNotYetValidException e) {
                validity = VerifiedSignature.CertificateTime.NOT_YET_VALID;
            }
            boolean trusted = chains(certificate, cms.getCertificates(), anchors);

            return new VerifiedSignature(value(subject, BCStyle.CN), value(subject, BCStyle.O), value(subject, BCStyle.T),
                    certificate.getSubjectX500Principal().getName(), claimed, stamp.time(), coverage,
                    unchanged ? VerifiedSignature.Integrity.UNCHANGED : VerifiedSignature.Integrity.CHANGED,
                    value ? VerifiedSignature.SignatureValue.VALID : VerifiedSignature.SignatureValue.INVALID,
                    trusted ? VerifiedSignature.Trust.TRUSTED : VerifiedSignature.Trust.UNTRUSTED, validity,
                    stamp.status());
        } catch (IOException | CMSException | GeneralSecurityException | RuntimeException e) {
            return broken(claimed, coverage);
        }
    }

    /** The CMS in /Contents, without the zeros that pad it to the room reserved for it. */
    private static CMSSignedData cms(byte[] contents) throws IOException, CMSException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return new CMSSignedData(ContentInfo.getInstance(in.readObject()));
        }
    }

    private static VerifiedSignature broken(OffsetDateTime claimed, VerifiedSignature.Coverage coverage) {
        return new VerifiedSignature(null, null, null, null, claimed, null, coverage, VerifiedSignature.Integrity.CHANGED,
                VerifiedSignature.SignatureValue.INVALID, VerifiedSignature.Trust.UNTRUSTED,
                VerifiedSignature.CertificateTime.UNKNOWN, VerifiedSignature.TimeStamp.ABSENT);
    }

    /** [0, a, b, c]: from the start of the file, leaving out exactly the /Contents hex string, within the file. */
    private static boolean validRange(byte[] pdf, int[] range) {
        if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0
                || (long) range[2] + range[3] > pdf.length) {
            return false;
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return false;
        }
        for (int i = range[1] + 1; i < range[2] - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static X509Certificate certificate(Store<X509CertificateHolder> store, SignerInformation signer)
            throws GeneralSecurityException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    }

    /** The signature value over the signed attributes, with the certificate's key. */
    private static boolean signatureVerifies(SignerInformation signer, X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        String algorithm = new DefaultCMSSignatureAlgorithmNameGenerator()
                .getSignatureName(signer.getDigestAlgorithmID(), signer.toASN1Structure().getDigestEncryptionAlgorithm());
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(signer.getEncodedSignedAttributes());
        return verifier.verify(signer.getSignature());
    }

    /** The signing-certificate-v2 attribute (PAdES) names this certificate. */
    private static boolean namesItsCertificate(SignerInformation signer, X509Certificate certificate)
            throws GeneralSecurityException {
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
        String name = new DefaultAlgorithmNameFinder().getAlgorithmName(id.getHashAlgorithm());
        return MessageDigest.isEqual(id.getCertHash(), MessageDigest.getInstance(name).digest(certificate.getEncoded()));
    }

    private record TimeStampCheck(VerifiedSignature.TimeStamp status, OffsetDateTime time) {
    }

    private static TimeStampCheck timeStamp(SignerInformation signer, Set<TrustAnchor> anchors) {
        Attribute attribute = signer.getUnsignedAttributes() == null ? null
                : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return new TimeStampCheck(VerifiedSignature.TimeStamp.ABSENT, null);
        }
        try {
            TimeStampToken token = new TimeStampToken(
                    new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            String digestName = new DefaultAlgorithmNameFinder()
                    .getAlgorithmName(token.getTimeStampInfo().getHashAlgorithm());
            boolean overThisSignature = MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(),
                    MessageDigest.getInstance(digestName).digest(signer.getSignature()));
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
            if (!overThisSignature || matches.isEmpty()) {
                return new TimeStampCheck(VerifiedSignature.TimeStamp.INVALID, null);
            }
            X509CertificateHolder holder = matches.iterator().next();
            // the token's signature, its certificate's time-stamping usage and validity at its time
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            X509Certificate authority = new JcaX509CertificateConverter().getCertificate(holder);
            if (!chains(authority, token.getCertificates(), anchors)) {
                return new TimeStampCheck(VerifiedSignature.TimeStamp.INVALID, null);
            }
            return new TimeStampCheck(VerifiedSignature.TimeStamp.VALID, time(token.getTimeStampInfo().getGenTime()));
        } catch (Exception e) {
            return new TimeStampCheck(VerifiedSignature.TimeStamp.INVALID, null);
        }
    }

    /**
     * The certificate chains to a trust anchor, through the certificates the signature carries. The
     * path is checked at a time within the certificate's own validity: whether it was valid when
     * signing is {@link VerifiedSignature.CertificateTime}'s question, not trust's.
     */
    private static boolean chains(X509Certificate certificate, Store<X509CertificateHolder> carried,
            Set<TrustAnchor> anchors) {
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = carried.getMatches(null);
            for (X509CertificateHolder holder : all) {
                certificates.add(converter.getCertificate(holder));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(certificates)));
            parameters.setDate(new Date(certificate.getNotBefore().getTime() + 1000));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null
                : Arrays.stream(rdns).map(r -> IETFUtils.valueToString(r.getFirst().getValue())).findFirst().orElse(null);
    }

    /** The certificate's subject common name as written, unescaped; null when it has none. */
    static String commonName(X509Certificate certificate) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return rdns.length == 0 || !(rdns[0].getFirst().getValue() instanceof ASN1String text) ? null : text.getString();
    }

    private static OffsetDateTime time(Calendar calendar) {
        return calendar == null ? null : time(calendar.getTime());
    }

    private static OffsetDateTime time(Date date) {
        return date.toInstant().atZone(PortalTime.ZONE).toOffsetDateTime();
    }

}
