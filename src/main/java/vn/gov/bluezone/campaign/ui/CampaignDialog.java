package vn.gov.bluezone.campaign.ui;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.Material;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.directory.OfficeKind;
import vn.gov.bluezone.directory.OfficeService;
import vn.gov.bluezone.directory.OfficeSummary;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.hierarchy.UnitLevel;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseText;
import vn.gov.bluezone.shared.ui.ComponentTexts;
import vn.gov.bluezone.shared.ui.ErrorMessages;
import vn.gov.bluezone.shared.ui.Fields;

/**
 * Creates or edits a campaign. Work forms are typed one per line as "CODE | label"; materials as
 * "title | kind | link".
 */
class CampaignDialog extends Dialog {

    private final transient CampaignService campaigns;
    private final transient Runnable onSaved;
    private final CampaignDetails existing;
    private final ComboBox<UnitSummary> province = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField directive = new TextField();
    private final DatePicker directiveDate = new DatePicker();
    private final TextField issuingUnit = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker target = new DatePicker();
    private final BigDecimalField targetPercent = new BigDecimalField();
    private final Select<TargetDenominator> denominator = new Select<>();
    private final TimePicker cutoff = new TimePicker();
    private final ComboBox<OfficeSummary> receiver = new ComboBox<>();
    private final ComboBox<OfficeSummary> drafter = new ComboBox<>();
    private final TextField focalName = new TextField();
    private final TextField focalPhone = new TextField();
    private final TextField focalEmail = new TextField();
    private final Checkbox copyToParent = new Checkbox();
    private final BigDecimalField jumpPercent = new BigDecimalField();
    private final BigDecimalField lowResultPace = new BigDecimalField();
    private final BigDecimalField bottomShare = new BigDecimalField();
    private final IntegerField missingLimit = new IntegerField();
    private final IntegerField lateLimit = new IntegerField();
    private final IntegerField unchangedReports = new IntegerField();
    private final IntegerField emptyWorkReports = new IntegerField();
    private final TextArea workForms = new TextArea();
    private final TextArea materials = new TextArea();

    CampaignDialog(CampaignService campaigns, HierarchyService hierarchy, OfficeService offices, CampaignDetails existing,
            Runnable onSaved) {
        this.campaigns = campaigns;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("campaign-dialog");
        setHeaderTitle(getTranslation(existing == null ? "campaigns.create" : "campaigns.edit"));
        setWidth("min(56em, 100vw)");

        province.setId("campaign-province");
        province.setLabel(getTranslation("campaign.province"));
        province.setItemLabelGenerator(UnitSummary::name);
        if (hierarchy != null) {
            province.setItems(query -> hierarchy.browse(new UnitFilter(query.getFilter().orElse(null), UnitLevel.PROVINCE),
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
            hierarchy.ownUnit().filter(u -> u.level() == UnitLevel.PROVINCE).ifPresent(own -> {
                province.setValue(own);
                province.setReadOnly(true);
            });
        } else {
            province.setVisible(false);
        }
        name.setId("campaign-name");
        name.setLabel(getTranslation("campaign.name"));
        name.setMaxLength(Fields.typingRoom(200));
        directive.setLabel(getTranslation("campaign.directive"));
        directive.setMaxLength(50);
        directiveDate.setLabel(getTranslation("campaign.directiveDate"));
        issuingUnit.setLabel(getTranslation("campaign.issuingUnit"));
        issuingUnit.setMaxLength(Fields.typingRoom(200));
        start.setId("campaign-start");
        start.setLabel(getTranslation("campaign.start"));
        target.setId("campaign-target");
        target.setLabel(getTranslation("campaign.target"));
        for (DatePicker picker : List.of(directiveDate, start, target)) {
            ComponentTexts.localize(picker);
        }
        targetPercent.setId("campaign-percent");
        targetPercent.setLabel(getTranslation("campaign.targetPercent"));
        targetPercent.setValue(new BigDecimal("60"));
        denominator.setLabel(getTranslation("campaign.denominator"));
        denominator.setItems(TargetDenominator.values());
        denominator.setItemLabelGenerator(d -> getTranslation("denominator." + d.name()));
        denominator.setValue(TargetDenominator.SMARTPHONE_USERS);
        cutoff.setLabel(getTranslation("campaign.cutoff"));
        ComponentTexts.localize(cutoff);
        cutoff.setValue(LocalTime.of(15, 0));
        receiver.setId("campaign-receiver");
        receiver.setLabel(getTranslation("campaign.receiver"));
        receiver.setItemLabelGenerator(OfficeSummary::name);
        receiver.setClearButtonVisible(true);
        drafter.setId("campaign-drafter");
        drafter.setLabel(getTranslation("campaign.drafter"));
        drafter.setItemLabelGenerator(o -> o.name() + " (" + o.abbreviation() + ")");
        drafter.setClearButtonVisible(true);
        province.addValueChangeListener(event -> showOffices(offices, event.getValue() == null ? null : event.getValue().id()));
        showOffices(offices, existing != null ? Long.valueOf(existing.provinceId())
                : province.getValue() == null ? null : province.getValue().id());
        focalName.setLabel(getTranslation("campaign.focalName"));
        focalName.setMaxLength(Fields.typingRoom(120));
        focalPhone.setLabel(getTranslation("campaign.focalPhone"));
        focalPhone.setMaxLength(20);
        focalEmail.setLabel(getTranslation("campaign.focalEmail"));
        focalEmail.setMaxLength(254);
        copyToParent.setLabel(getTranslation("campaign.copyToParent"));
        copyToParent.setValue(true);
        jumpPercent.setLabel(getTranslation("campaign.jumpPercent"));
        lowResultPace.setLabel(getTranslation("campaign.lowResultPace"));
        bottomShare.setLabel(getTranslation("campaign.bottomShare"));
        missingLimit.setLabel(getTranslation("campaign.missingLimit"));
        lateLimit.setLabel(getTranslation("campaign.lateLimit"));
        unchangedReports.setLabel(getTranslation("campaign.unchangedReports"));
        emptyWorkReports.setLabel(getTranslation("campaign.emptyWorkReports"));
        for (IntegerField limit : List.of(missingLimit, lateLimit, unchangedReports, emptyWorkReports)) {
            limit.setMin(1);
            limit.setMax(7);
            limit.setStepButtonsVisible(true);
        }
        showThresholds(Thresholds.defaults());
        workForms.setLabel(getTranslation("campaign.workForms"));
        workForms.setHelperText(getTranslation("campaign.workForms.help"));
        materials.setLabel(getTranslation("campaign.materials"));
        materials.setHelperText(getTranslation("campaign.materials.help", String.join(", ", Material.KINDS)));

        if (existing != null) {
            name.setValue(existing.name());
            directive.setValue(existing.directiveNumber() == null ? "" : existing.directiveNumber());
            directiveDate.setValue(existing.directiveDate());
            issuingUnit.setValue(existing.issuingUnit() == null ? "" : existing.issuingUnit());
            start.setValue(existing.startDate());
            target.setValue(existing.targetDate());
            targetPercent.setValue(existing.targetPercent());
            denominator.setValue(existing.denominator());
            cutoff.setValue(existing.cutoffTime());
            receiver.setValue(existing.receivingOffice());
            drafter.setValue(existing.draftingOffice());
            focalName.setValue(existing.focalName() == null ? "" : existing.focalName());
            focalPhone.setValue(existing.focalPhone() == null ? "" : existing.focalPhone());
            focalEmail.setValue(existing.focalEmail() == null ? "" : existing.focalEmail());
            copyToParent.setValue(existing.copyToParent());
            showThresholds(existing.thresholds());
            workForms.setValue(existing.workForms().stream().map(f -> f.code() + " | " + f.label())
                    .collect(Collectors.joining("\n")));
            materials.setValue(existing.materials().stream().map(m -> m.title() + " | " + m.kind() + " | " + m.link())
                    .collect(Collectors.joining("\n")));
        }

        FormLayout form = new FormLayout(province, name, directive, directiveDate, issuingUnit, start, target,
                targetPercent, denominator, cutoff, receiver, drafter, focalName, focalPhone, focalEmail, copyToParent, jumpPercent,
                lowResultPace, bottomShare, missingLimit, lateLimit, unchangedReports, emptyWorkReports);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(workForms, 2);
        form.add(materials, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("campaign-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        List<WorkForm> forms = new ArrayList<>();
        for (String line : workForms.getValue().lines().filter(l -> !l.isBlank()).toList()) {
            String[] parts = line.split("\\|", 2);
            forms.add(new WorkForm(parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
        }
        List<Material> items = new ArrayList<>();
        for (String line : materials.getValue().lines().filter(l -> !l.isBlank()).toList()) {
            String[] parts = line.split("\\|", 3);
            items.add(new Material(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "",
                    parts.length > 2 ? parts[2].strip() : ""));
        }
        Thresholds thresholds = new Thresholds(jumpPercent.getValue(), lowResultPace.getValue(), bottomShare.getValue(),
                limit(missingLimit), limit(lateLimit), limit(unchangedReports), limit(emptyWorkReports));
        long provinceId = existing != null ? existing.provinceId() : province.getValue() == null ? -1 : province.getValue().id();
        CampaignForm form = new CampaignForm(provinceId, name.getValue().strip(), blank(directive.getValue()),
                directiveDate.getValue(), blank(issuingUnit.getValue()), start.getValue(), target.getValue(),
                targetPercent.getValue(), denominator.getValue(), cutoff.getValue(), id(receiver.getValue()), id(drafter.getValue()),
                blank(focalName.getValue()), blank(focalPhone.getValue()), blank(focalEmail.getValue()),
                copyToParent.getValue(), thresholds, forms, items);
        try {
            if (existing == null) {
                campaigns.create(form);
            } else {
                campaigns.update(existing.id(), form, existing.version());
            }
            onSaved.run();
            close();
        } catch (ValidationException invalid) {
            showErrors(invalid.fieldErrors());
        } catch (PortalException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void showThresholds(Thresholds thresholds) {
        jumpPercent.setValue(thresholds.jumpPercent());
        lowResultPace.setValue(thresholds.lowResultPacePercent());
        bottomShare.setValue(thresholds.bottomSharePercent());
        missingLimit.setValue(thresholds.missingLimit());
        lateLimit.setValue(thresholds.lateLimit());
        unchangedReports.setValue(thresholds.unchangedReports());
        emptyWorkReports.setValue(thresholds.emptyWorkReports());
    }

    /** An empty or unparsable limit is sent as 0, which the service refuses with its message. */
    private static int limit(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation target = switch (field) {
                case "name" -> name;
                case "issuingUnit" -> issuingUnit;
                case "receivingOffice" -> receiver;
                case "draftingOffice" -> drafter;
                case "copyToParent" -> null;
                case "focalName" -> focalName;
                case "startDate" -> start;
                case "targetDate" -> this.target;
                case "targetPercent" -> targetPercent;
                case "focalEmail" -> focalEmail;
                case "focalPhone" -> focalPhone;
                case "workForms" -> workForms;
                case "materials" -> materials;
                case "province" -> province;
                case "thresholds.lowResultPace" -> lowResultPace;
                case "thresholds.bottomShare" -> bottomShare;
                case "thresholds.limits" -> missingLimit;
                default -> jumpPercent;
            };
            if (target == null) {
                ErrorMessages.error(getTranslation(key));
                return;
            }
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }

    /**
     * The offices of the chosen province, for the receiving office (its departments first) and the
     * drafting division (the committee's divisions); an office that has ceased stays selectable
     * for campaigns of its time.
     */
    private void showOffices(OfficeService offices, Long provinceId) {
        List<OfficeSummary> available = provinceId == null ? List.of() : offices.ofUnit(provinceId);
        OfficeSummary chosenReceiver = receiver.getValue();
        OfficeSummary chosenDrafter = drafter.getValue();
        receiver.setItems(available);
        drafter.setItems(available.stream().filter(o -> o.kind() == OfficeKind.DIVISION).toList());
        receiver.setValue(available.contains(chosenReceiver) ? chosenReceiver : null);
        drafter.setValue(available.contains(chosenDrafter) ? chosenDrafter : null);
    }

    private static Long id(OfficeSummary office) {
        return office == null ? null : office.id();
    }

    private static String blank(String value) {
        return VietnameseText.trimToNull(value);
    }
}
