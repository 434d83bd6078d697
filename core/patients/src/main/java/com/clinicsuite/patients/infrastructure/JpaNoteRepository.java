package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.domain.note.ClinicalNote;
import com.clinicsuite.patients.domain.note.NoteKind;
import com.clinicsuite.patients.domain.note.NoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaNoteRepository implements NoteRepository {

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public void add(ClinicalNote note) {
        em.persist(note);
    }

    @Override
    public Optional<ClinicalNote> find(UUID id) {
        return Optional.ofNullable(em.find(ClinicalNote.class, id));
    }

    @Override
    public List<ClinicalNote> readableBy(UUID patientId, String reader) {
        return em.createQuery("SELECT n FROM ClinicalNote n WHERE n.patientId = :p AND (n.kind <> :private OR n.author = :reader)"
                        + " ORDER BY n.createdAt DESC", ClinicalNote.class)
                .setParameter("p", patientId).setParameter("private", NoteKind.PSYCHOTHERAPY).setParameter("reader", reader)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
