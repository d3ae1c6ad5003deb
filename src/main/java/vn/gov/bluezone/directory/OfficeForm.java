package vn.gov.bluezone.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import vn.gov.bluezone.shared.InputText;

/**
 * What an officer fills in to create or edit an office. Every text is cleaned ({@link InputText})
 * before anything checks it; the header name and the signers' authority lines may hold line
 * breaks, each line cleaned on its own and empty lines dropped.
 */
public record OfficeForm(
        Long unitId,
        OfficeKind kind,
        String name,
        String shortName,
        String headerName,
        String abbreviation,
        String email,
        LocalDate validFrom,
        LocalDate validTo,
        List<OfficeSigner> signers) {

    public OfficeForm {
        name = InputText.line(name);
        shortName = InputText.line(shortName);
        headerName = lines(headerName);
        abbreviation = InputText.line(abbreviation);
        email = InputText.line(email);
        signers = signers == null ? List.of() : signers.stream()
                .map(s -> s == null ? null : new OfficeSigner(InputText.line(s.fullName()), InputText.line(s.title()),
                        lines(s.authority())))
                .toList();
    }

    /** Each line cleaned as one line, empty lines dropped, joined with {@code \n}; null when nothing is left. */
    static String lines(String text) {
        if (text == null) {
            return null;
        }
        String joined = text.lines().map(InputText::line).filter(line -> line != null)
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
