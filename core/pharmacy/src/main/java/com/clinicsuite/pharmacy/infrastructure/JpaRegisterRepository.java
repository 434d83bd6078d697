package com.clinicsuite.pharmacy.infrastructure;

import com.clinicsuite.pharmacy.domain.Receipt;
import com.clinicsuite.pharmacy.domain.RegisterEntry;
import com.clinicsuite.pharmacy.domain.RegisterRepository;
import com.clinicsuite.pharmacy.domain.StockCount;
import com.clinicsuite.pharmacy.domain.Vial;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The register through JPA, in the "pharmacy" persistence unit. */
@ApplicationScoped
public class JpaRegisterRepository implements RegisterRepository {

    @PersistenceContext(unitName = "pharmacy")
    private EntityManager em;

    @Override
    public void add(Receipt receipt) {
        em.persist(receipt);
    }

    @Override
    public void add(Vial vial) {
        em.persist(vial);
    }

    @Override
    public void add(RegisterEntry entry) {
        em.persist(entry);
    }

    @Override
    public void add(StockCount count) {
        em.persist(count);
    }

    @Override
    public Optional<Vial> lockVial(UUID id) {
        return Optional.ofNullable(em.find(Vial.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Vial> vial(UUID id) {
        return Optional.ofNullable(em.find(Vial.class, id));
    }

    @Override
    public List<Vial> vialsInStock() {
        return em.createQuery("SELECT v FROM Vial v WHERE v.balanceMg > 0 ORDER BY v.expiresOn, v.label", Vial.class).getResultList();
    }

    @Override
    public List<Vial> vialsInLot(String lot) {
        return em.createQuery("SELECT v FROM Vial v WHERE v.lot = :lot ORDER BY v.expiresOn, v.label", Vial.class)
                .setParameter("lot", lot.strip().toUpperCase()).getResultList();
    }

    @Override
    public long countVialsInLot(String lot) {
        return em.createQuery("SELECT count(v) FROM Vial v WHERE v.lot = :lot", Long.class)
                .setParameter("lot", lot.strip().toUpperCase()).getSingleResult();
    }

    @Override
    public Map<UUID, Vial> vialsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT v FROM Vial v WHERE v.id IN :ids", Vial.class).setParameter("ids", Set.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(Vial::id, Function.identity()));
    }

    @Override
    public List<RegisterEntry> entriesOfVials(Collection<UUID> vialIds) {
        if (vialIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM RegisterEntry e WHERE e.vialId IN :v ORDER BY e.id", RegisterEntry.class)
                .setParameter("v", Set.copyOf(vialIds)).getResultList();
    }

    @Override
    public Optional<RegisterEntry> entry(long id) {
        return Optional.ofNullable(em.find(RegisterEntry.class, id));
    }

    @Override
    public List<RegisterEntry> entriesOf(UUID vialId) {
        return em.createQuery("SELECT e FROM RegisterEntry e WHERE e.vialId = :v ORDER BY e.id", RegisterEntry.class)
                .setParameter("v", vialId).getResultList();
    }

    @Override
    public List<RegisterEntry> entriesForPatient(UUID patientId) {
        return em.createQuery("SELECT e FROM RegisterEntry e WHERE e.patientId = :p ORDER BY e.id", RegisterEntry.class)
                .setParameter("p", patientId).getResultList();
    }

    @Override
    public List<RegisterEntry> drawsForVisit(UUID visitRef) {
        return em.createQuery("SELECT e FROM RegisterEntry e WHERE e.visitRef = :v AND e.kind = :k ORDER BY e.id", RegisterEntry.class)
                .setParameter("v", visitRef).setParameter("k", RegisterEntry.Kind.DRAW).getResultList();
    }

    @Override
    public List<Receipt> receipts() {
        return em.createQuery("SELECT r FROM Receipt r ORDER BY r.invoiceDate DESC, r.createdAt DESC", Receipt.class).getResultList();
    }

    @Override
    public List<RegisterEntry> removals() {
        return em.createQuery("SELECT e FROM RegisterEntry e WHERE e.kind IN (:kinds) ORDER BY e.id DESC", RegisterEntry.class)
                .setParameter("kinds", List.of(RegisterEntry.Kind.LOSS, RegisterEntry.Kind.DISPOSAL)).getResultList();
    }

    @Override
    public Optional<StockCount> count(UUID id) {
        return Optional.ofNullable(em.find(StockCount.class, id));
    }

    @Override
    public List<StockCount> counts(int limit) {
        return em.createQuery("SELECT c FROM StockCount c ORDER BY c.countedAt DESC", StockCount.class).setMaxResults(limit).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
