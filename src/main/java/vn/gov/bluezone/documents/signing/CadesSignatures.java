package vn.gov.bluezone.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds the CMS SignedData of one PAdES baseline B-T signature (ETSI EN 319 142-1): detached over
 * the PDF's byte range; signed attributes content-type, message-digest and signing-certificate-v2,
 * and no signing-time (PAdES takes the claimed time from the signature dictionary's /M); the
 * signature value comes from the {@link DocumentSigner}, which sees only the digest of the signed
 * attributes; the signature-time-stamp token of the {@link TimeStampAuthority} is added as an
 * unsigned attribute over the signature value.
 */
final class CadesSignatures {

    private CadesSignatures() {
    }

    static byte[] sign(InputStream content, DocumentSigner signer, TimeStampAuthority authority) {
        try {
            byte[] data = content.readAllBytes();
            X509Certificate certificate = signer.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(new DigestSigner(signer), new JcaX509CertificateHolder(certificate)));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
            return withTimeStamp(signed, authority).getEncoded(ASN1Encoding.DER);
        } catch (IOException | GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Cannot build the signature", e);
        }
    }

    /**
     * Has {@code signer} sign the signed attributes over {@code content} as {@link #sign} would, and
     * nothing more: the first step of signing elsewhere, where the signer only notes the digest. The
     * attributes hold no time, so the second step builds the very same ones.
     */
    static void digestToSign(InputStream content, DocumentSigner signer) {
        try {
            X509Certificate certificate = signer.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(new DigestSigner(signer), new JcaX509CertificateHolder(certificate)));
            generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
        } catch (IOException | GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Cannot build the signed attributes", e);
        }
    }

    /** Whether the CMS's signature verifies over {@code content} with its own signer certificate. */
    static boolean verifies(byte[] cms, byte[] content) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder certificate = (X509CertificateHolder) signed.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The default attributes (content type, message digest, algorithm protection) without signing-time, plus signing-certificate-v2. */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial)})));
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
                new AttributeTable(new DERSet(signingCertificate)));
        return parameters -> {
            @SuppressWarnings("unchecked")
            Map<Object, Object> copy = new Hashtable<>(parameters);
            return defaults.getAttributes(copy).remove(CMSAttributes.signingTime);
        };
    }

    private static CMSSignedData withTimeStamp(CMSSignedData signed, TimeStampAuthority authority)
            throws GeneralSecurityException, IOException {
        List<SignerInformation> signers = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
            ASN1Primitive token = ASN1Primitive.fromByteArray(authority.timeStamp(imprint));
            AttributeTable unsigned = signer.getUnsignedAttributes() == null ? new AttributeTable(new ASN1EncodableVector())
                    : signer.getUnsignedAttributes();
            unsigned = unsigned.add(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, token);
            signers.add(SignerInformation.replaceUnsignedAttributes(signer, unsigned));
        }
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(signers));
    }

    /** A BouncyCastle content signer that hashes the signed attributes and has the {@link DocumentSigner} sign the digest. */
    private static final class DigestSigner implements ContentSigner {

        private final DocumentSigner signer;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream attributes = new ByteArrayOutputStream();

        DigestSigner(DocumentSigner signer) {
            this.signer = signer;
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(signer.signatureAlgorithm());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return attributes;
        }

        @Override
        public byte[] getSignature() {
            try {
                return signer.signDigest(MessageDigest.getInstance("SHA-256").digest(attributes.toByteArray()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

}
