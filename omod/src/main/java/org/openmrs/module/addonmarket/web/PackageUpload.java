package org.openmrs.module.addonmarket.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.servlet.ServletFileUpload;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A package upload as a browser or a script sends it: multipart form data with the part {@code file} and an
 * optional part or field {@code signature}, or the zip itself as the body ({@code application/zip}) with the
 * signature in the {@code X-Addon-Signature} header. Works whether or not the host's dispatcher resolves multipart
 * requests itself (OpenMRS may; the standalone server does not).
 *
 * @param pkg the package bytes, read no further than the size limit allows the reader to ask
 * @param signature the signature bytes as sent, or null
 */
record PackageUpload(InputStream pkg, byte[] signature) {

	static final String SIGNATURE_HEADER = "X-Addon-Signature";

	private static final int MAX_SIGNATURE_BYTES = 1024;

	/**
	 * @param request the upload
	 * @param maxPackageBytes the size limit: a multipart part is read no further than one byte past it, so that the
	 *            reader refuses it as too large without the server holding more
	 */
	static PackageUpload from(HttpServletRequest request, long maxPackageBytes) throws IOException {
		if (request instanceof MultipartHttpServletRequest) {
			return fromResolved((MultipartHttpServletRequest) request);
		}
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			return fromMultipart(request, (int) Math.min(Integer.MAX_VALUE - 8, maxPackageBytes + 1));
		}
		String header = request.getHeader(SIGNATURE_HEADER);
		return new PackageUpload(request.getInputStream(),
		        header == null ? null : header.trim().getBytes(StandardCharsets.US_ASCII));
	}

	private static PackageUpload fromResolved(MultipartHttpServletRequest request) throws IOException {
		MultipartFile file = request.getFile("file");
		if (file == null) {
			throw missingFile();
		}
		MultipartFile signatureFile = request.getFile("signature");
		byte[] signature = signatureFile != null ? signatureFile.getBytes() : text(request.getParameter("signature"));
		return new PackageUpload(file.getInputStream(), signature);
	}

	/** Streams the parts in order, holding at most readLimit bytes of the package part. */
	private static PackageUpload fromMultipart(HttpServletRequest request, int readLimit) throws IOException {
		byte[] pkg = null;
		byte[] signature = null;
		try {
			FileItemIterator parts = new ServletFileUpload().getItemIterator(request);
			while (parts.hasNext()) {
				FileItemStream part = parts.next();
				try (InputStream in = part.openStream()) {
					if ("file".equals(part.getFieldName())) {
						pkg = in.readNBytes(readLimit);
					}
					else if ("signature".equals(part.getFieldName())) {
						signature = in.readNBytes(MAX_SIGNATURE_BYTES + 1);
					}
				}
			}
		}
		catch (FileUploadException e) {
			throw new AddonMarketException(ErrorCode.BAD_PARAMETER, "The multipart upload is malformed: "
			        + e.getMessage(), "file", e);
		}
		if (pkg == null) {
			throw missingFile();
		}
		return new PackageUpload(new ByteArrayInputStream(pkg), signature);
	}

	private static byte[] text(String value) {
		return value == null || value.isBlank() ? null : value.trim().getBytes(StandardCharsets.US_ASCII);
	}

	private static AddonMarketException missingFile() {
		return new AddonMarketException(ErrorCode.BAD_PARAMETER,
		        "The upload has no part named \"file\": send the package as multipart part file, or as the body "
		                + "with Content-Type application/zip",
		        "file");
	}
}
