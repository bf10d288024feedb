package fr.fluxlogement.rules.convention;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.Surcharge;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * La vie d'une convention (art. 7) : « conclue pour une durée de 3 ans avec tacite reconduction
 * pour une période d'un an dans la limite de 2 ans », modifiable annuellement par avenant,
 * dénonçable.
 *
 * <p><b>Lecture retenue</b> (voir {@code docs/decisions/0008-duree-convention.md}) : la période
 * initiale court de la signature à la veille de son troisième anniversaire ; chaque reconduction
 * ajoute un an, deux au plus (cinq ans en tout) ; une dénonciation prend effet à la fin de la période
 * en cours (la convention n'est alors plus reconduite). Durées et nombre de reconductions sont des
 * paramètres ({@link Parametres#DUREE_CONVENTION_ANNEES}, {@link Parametres#RECONDUCTIONS_MAXIMUM}).
 *
 * @param convention la convention signée
 * @param avenants les avenants, par date d'effet
 * @param denonciation la date de dénonciation, s'il y en a une
 * @param parametres les paramètres de base (nationaux)
 */
public record CycleConvention(Convention convention, List<Avenant> avenants, Optional<LocalDate> denonciation, Parametres parametres) {

  /** Fige et trie les avenants. */
  public CycleConvention {
    Objects.requireNonNull(convention, "convention");
    List<Avenant> l = new ArrayList<>(avenants);
    l.sort(Comparator.comparing(Avenant::dateEffet));
    avenants = List.copyOf(l);
    Objects.requireNonNull(denonciation, "denonciation");
    Objects.requireNonNull(parametres, "parametres");
  }

  /** Le cycle d'une convention qui vient d'être signée. */
  public static CycleConvention of(Convention convention, Parametres parametres) {
    return new CycleConvention(convention, List.of(), Optional.empty(), parametres);
  }

  private LocalDate signature() {
    return convention.dateSignature();
  }

  private int duree() {
    return parametres.valeur(Parametres.DUREE_CONVENTION_ANNEES, signature());
  }

  private int reconductions() {
    return parametres.valeur(Parametres.RECONDUCTIONS_MAXIMUM, signature());
  }

  /** Le dernier jour de la période initiale. */
  public LocalDate finPeriodeInitiale() {
    return signature().plusYears(duree()).minusDays(1);
  }

  /** Le dernier jour possible, toutes reconductions faites. */
  public LocalDate finMaximale() {
    return signature().plusYears((long) duree() + reconductions()).minusDays(1);
  }

  /** Le dernier jour de la période (initiale ou reconduite) qui contient la date. */
  private LocalDate finDePeriode(LocalDate date) {
    LocalDate fin = finPeriodeInitiale();
    while (fin.isBefore(date) && fin.isBefore(finMaximale())) {
      fin = fin.plusYears(1);
    }
    return fin;
  }

  /** Le dernier jour de la convention : la fin maximale, ou la fin de la période où elle a été dénoncée. */
  public LocalDate fin() {
    return denonciation.map(this::finDePeriode).map(f -> f.isAfter(finMaximale()) ? finMaximale() : f).orElse(finMaximale());
  }

  /** Le statut à une date. */
  public StatutConvention statut(LocalDate date) {
    if (date.isBefore(signature())) {
      return StatutConvention.NON_SIGNEE;
    }
    if (date.isAfter(fin())) {
      return StatutConvention.ECHUE;
    }
    return date.isAfter(finPeriodeInitiale()) ? StatutConvention.RECONDUITE : StatutConvention.PERIODE_INITIALE;
  }

  /** Le statut et la fin, expliqués. */
  public Explication expliquer(LocalDate date) {
    return Explication.builder("statut de la convention au " + date, statut(date).libelle())
        .formule("signée le " + signature() + " pour " + duree() + " ans (fin de la période initiale le " + finPeriodeInitiale()
            + "), reconduction tacite d'un an, " + reconductions() + " fois au plus (fin maximale le " + finMaximale() + ")"
            + denonciation.map(d -> ", dénoncée le " + d + " : fin le " + fin()).orElse(""))
        .reference(References.CLAUSE_DUREE)
        .build();
  }

  /**
   * La convention dénoncée à une date : elle prend fin à l'issue de la période en cours.
   *
   * @return le cycle, ou une anomalie (dénonciation avant la signature ou après la fin, ou répétée)
   */
  public Resultat<CycleConvention> denoncer(LocalDate date) {
    List<Anomalie> a = new ArrayList<>();
    if (denonciation.isPresent()) {
      a.add(Anomalie.erreur(CodeAnomalie.TRANSITION_IMPOSSIBLE, "denonciation", "la convention est déjà dénoncée (le " + denonciation.get() + ")",
          References.CLAUSE_DUREE));
    } else if (statut(date) == StatutConvention.NON_SIGNEE || statut(date) == StatutConvention.ECHUE) {
      a.add(Anomalie.erreur(CodeAnomalie.DATE_INCOHERENTE, "denonciation", "dénonciation le " + date + " alors que la convention est "
          + statut(date).libelle(), References.CLAUSE_DUREE));
    }
    return Resultat.selon(a, () -> new CycleConvention(convention, avenants, Optional.of(date), parametres));
  }

  /**
   * La convention augmentée d'un avenant.
   *
   * @param avenant l'avenant
   * @return le cycle, ou une anomalie (avenant hors de la vie de la convention)
   */
  public Resultat<CycleConvention> withAvenant(Avenant avenant) {
    List<Anomalie> a = new ArrayList<>();
    StatutConvention s = statut(avenant.dateEffet());
    if (s == StatutConvention.NON_SIGNEE || s == StatutConvention.ECHUE) {
      a.add(Anomalie.erreur(CodeAnomalie.DATE_INCOHERENTE, "avenants", "avenant du " + avenant.dateEffet() + " alors que la convention est "
          + s.libelle(), References.CLAUSE_DUREE));
    }
    return Resultat.selon(a, () -> {
      List<Avenant> l = new ArrayList<>(avenants);
      l.add(avenant);
      return new CycleConvention(convention, l, denonciation, parametres);
    });
  }

  /** Les paramètres qui s'appliquent : nationaux, puis clauses de la convention, puis avenants. */
  public Parametres parametresApplicables() {
    Parametres p = convention.parametres(parametres);
    for (Avenant av : avenants) {
      for (Surcharge<?> s : av.surcharges()) {
        p = s.appliquer(p);
      }
    }
    return p;
  }

  /** Le mode de gestion à une date (le dernier avenant qui le change l'emporte). */
  public ModeGestion modeGestion(LocalDate date) {
    ModeGestion m = convention.modeGestion();
    for (Avenant av : avenants) {
      if (!av.dateEffet().isAfter(date) && av.modeGestion().isPresent()) {
        m = av.modeGestion().get();
      }
    }
    return m;
  }
}
