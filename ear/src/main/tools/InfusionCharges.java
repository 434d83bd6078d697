import com.clinicsuite.billing.domain.Charge;
import com.clinicsuite.billing.domain.CodedUnits;
import com.clinicsuite.billing.domain.DrugCoding;
import com.clinicsuite.billing.domain.InfusionCoding;
import com.clinicsuite.billing.domain.Money;
import com.clinicsuite.billing.domain.Payer;
import com.clinicsuite.billing.domain.ServiceLine;
import com.clinicsuite.treatment.application.VisitSigned;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The charges of a co-signed infusion, as {@code ChargeCapture} makes them: 96365/96366 (or 96374) from the infusion
 * minutes ({@link InfusionCoding}), one J3490 line with NDC and mL per register draw ({@link DrugCoding}, with JW/JZ
 * for single-dose vials when the payer wants them), the fee in effect on the service date, the plan's diagnoses, the
 * co-signing physician as rendering provider; to insurance when the primary payer covers ketamine, else self-pay;
 * waiting for review ({@link Charge#captured}).
 */
final class InfusionCharges {

    private final Map<String, List<MonthVisits.Fee>> fees = new HashMap<>();
    private final Map<String, Payer> payers;
    private final BillingHistory.Provider physician;

    InfusionCharges(List<MonthVisits.Fee> feeRows, Map<String, Payer> payers, BillingHistory.Provider physician) {
        feeRows.forEach(f -> fees.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
        this.payers = payers;
        this.physician = physician;
    }

    List<Charge> capture(Infusions.Visit v, BillingHistory.Patient p, List<VisitSigned.Drug> drawn) {
        Payer payer = p.payer() == null ? null : payers.get(p.payer().payerId());
        Charge.Route route = payer != null && payer.active() && payer.coversKetamine() ? Charge.Route.INSURANCE : Charge.Route.SELF_PAY;
        List<Charge> made = new ArrayList<>();
        for (CodedUnits c : InfusionCoding.forMinutes(v.minutes())) {
            made.add(charge(v, p, c.code(), List.of(), c.units(), null, null, route));
        }
        boolean jwJz = route == Charge.Route.INSURANCE && payer.requiresJwJz();
        for (VisitSigned.Drug d : drawn) {
            for (DrugCoding.DrugLine l : DrugCoding.lines(d.ndc(), d.singleDose(), d.concentrationMgPerMl(), d.administeredMg(), d.wastedMg(), jwJz)) {
                made.add(charge(v, p, l.code(), l.modifier() == null ? List.of() : List.of(l.modifier()), 1, l.ndc(), l.quantityMl(), route));
            }
        }
        return made;
    }

    private Charge charge(Infusions.Visit v, BillingHistory.Patient p, String code, List<String> modifiers, int units, String ndc,
                          BigDecimal quantity, Charge.Route route) {
        MonthVisits.Fee fee = fees.getOrDefault(code, List.of()).stream()
                .filter(f -> !f.from().isAfter(v.day()) && (f.to() == null || !f.to().isBefore(v.day()))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no fee on file for " + code + " on " + v.day() + "; set the fee schedule up first"));
        return Charge.captured(p.id(), v.id(), v.day(), ServiceLine.KETAMINE, code, modifiers, units, Money.of(fee.price(), Money.USD), ndc, quantity,
                p.diagnoses(), v.cosigner(), physician.name(), physician.npi(), route, null);
    }

    /** The invoice line's wording, as {@code Accounts} writes it. */
    static String label(Charge c) {
        return c.code() + (c.modifiers().isEmpty() ? "" : "-" + String.join("-", c.modifiers()))
                + (c.ndc() == null ? "" : " NDC " + c.ndc() + " " + c.drugQuantity().stripTrailingZeros().toPlainString() + " mL")
                + " (" + c.providerName() + ")";
    }
}
