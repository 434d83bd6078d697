package com.clinicsuite.pharmacy.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where the register is kept. */
public interface RegisterRepository {

    void add(Receipt receipt);

    void add(Vial vial);

    void add(RegisterEntry entry);

    void add(StockCount count);

    /** The vial, locked (SELECT … FOR UPDATE) until the transaction ends, so concurrent draws queue. */
    Optional<Vial> lockVial(UUID id);

    Optional<Vial> vial(UUID id);

    /** Vials with something left (the shelf), by expiry then label. */
    List<Vial> vialsInStock();

    /** The vials of one lot (lots are kept in upper case, so the lot is compared without regard to case), by expiry then label. */
    List<Vial> vialsInLot(String lot);

    /** How many vials of this lot (without regard to case) have been received: the next receipt numbers on from it. */
    long countVialsInLot(String lot);

    /** These vials by id, in one query. */
    Map<UUID, Vial> vialsById(Collection<UUID> ids);

    /** The entries of these vials, oldest first, in one query. */
    List<RegisterEntry> entriesOfVials(Collection<UUID> vialIds);

    Optional<RegisterEntry> entry(long id);

    /** A vial's entries, oldest first. */
    List<RegisterEntry> entriesOf(UUID vialId);

    /** Draws and corrections for a patient, oldest first. */
    List<RegisterEntry> entriesForPatient(UUID patientId);

    /** The draws made for one visit, oldest first. */
    List<RegisterEntry> drawsForVisit(UUID visitRef);

    List<Receipt> receipts();

    /** Loss and disposal entries, newest first. */
    List<RegisterEntry> removals();

    Optional<StockCount> count(UUID id);

    /** Counts, newest first. */
    List<StockCount> counts(int limit);

    void flush();
}
