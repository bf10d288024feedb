package fr.fluxlogement.rules.delais;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Gravite;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rules.calendrier.Calendriers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Le cycle de proposition d'un logement libéré, comme machine à états sur des événements datés
 * (convention art. 5.1 et tableau de l'art. 6 ; R.441-3 CCH). Immuable : {@link
 * #appliquer(EvenementProposition)} rend un nouveau cycle.
 *
 * <p>Chaque transition est validée. Un événement impossible (candidats avant la transmission, bail
 * avant la CALEOL, événement antérieur au précédent, événement après le bail) est une anomalie
 * {@code TRANSITION_IMPOSSIBLE} et n'est pas appliqué ; un événement tardif (candidats ou
 * impossibilité après leur délai) est appliqué et signalé {@code HORS_DELAI}. Jamais d'exception
 * pour des données.
 *
 * <p>À chaque instant, le cycle dit ce qui est attendu et pour quand ({@link #attendu()}) et à qui
 * l'attribution qui en résultera sera imputée ({@link #imputation()}) : au réservataire si ses
 * candidats (ou la liste complétée par le bailleur) sont retenus, ou si le bailleur choisit de
 * compter pour lui sa propre recherche ; à personne (part du bailleur) si le logement est repris.
 *
 * @param liberation le logement libéré
 * @param calendriers les calendriers
 * @param parametres les paramètres (délais, nombre de candidats)
 * @param etat l'état courant
 * @param reservataire le réservataire à qui l'offre est faite, s'il y en a un
 * @param echeances les échéances de l'offre en cours, s'il y en a une
 * @param candidats le nombre de candidats de la liste en cours
 * @param imputation le réservataire auquel l'attribution sera imputée ; vide pour la part du
 *     bailleur
 * @param evenements les événements appliqués, dans l'ordre
 * @param anomalies les anomalies relevées
 */
public record CycleProposition(
    Liberation liberation,
    Calendriers calendriers,
    Parametres parametres,
    EtatProposition etat,
    Optional<Reservataire> reservataire,
    Optional<Echeances> echeances,
    int candidats,
    Optional<Reservataire> imputation,
    List<EvenementProposition> evenements,
    List<Anomalie> anomalies) {

  /** Fige. */
  public CycleProposition {
    Objects.requireNonNull(liberation, "liberation");
    Objects.requireNonNull(calendriers, "calendriers");
    Objects.requireNonNull(parametres, "parametres");
    Objects.requireNonNull(etat, "etat");
    Objects.requireNonNull(reservataire, "reservataire");
    Objects.requireNonNull(echeances, "echeances");
    Objects.requireNonNull(imputation, "imputation");
    evenements = List.copyOf(evenements);
    anomalies = List.copyOf(anomalies);
  }

  /** Le cycle d'un logement qui vient d'être libéré. */
  public static CycleProposition demarrer(Liberation liberation, Calendriers calendriers, Parametres parametres) {
    return new CycleProposition(liberation, calendriers, parametres, EtatProposition.A_TRANSMETTRE, Optional.empty(),
        Optional.empty(), 0, Optional.empty(), List.of(), List.of());
  }

  /** Applique une suite d'événements. */
  public CycleProposition rejouer(List<? extends EvenementProposition> suite) {
    CycleProposition c = this;
    for (EvenementProposition e : suite) {
      c = c.appliquer(e);
    }
    return c;
  }

  /**
   * Ce qui est attendu dans l'état courant, et pour quand.
   *
   * @param quoi ce qui est attendu, en français
   * @param echeance l'échéance, s'il y en a une
   */
  public record Attendu(String quoi, Optional<Echeance> echeance) {}

  /** Ce qui est attendu maintenant. */
  public Attendu attendu() {
    return switch (etat) {
      case A_TRANSMETTRE -> new Attendu("transmettre l'offre à un réservataire",
          Optional.of(CalculDelais.calculer(liberation, Optional.empty(), calendriers, parametres).information()));
      case ATTENTE_CANDIDATS -> new Attendu("proposition de " + requis() + " candidats par " + nomReservataire()
          + " (ou information de l'impossibilité avant le " + echeances.orElseThrow().impossibilite().date() + ")",
          echeances.map(Echeances::candidats));
      case LISTE_INCOMPLETE -> new Attendu("liste à compléter (" + candidats + " sur " + requis() + ")", echeances.map(Echeances::candidats));
      case IMPOSSIBILITE -> new Attendu("le bailleur recherche des candidats lui-même ou reprend le logement", Optional.empty());
      case ATTENTE_CALEOL -> new Attendu("examen des candidats en CALEOL", Optional.empty());
      case ATTRIBUE -> new Attendu("signature du bail", Optional.empty());
      case REFUSE -> new Attendu("nouveaux candidats après le refus de la CALEOL", Optional.empty());
      case BAIL_SIGNE -> new Attendu("rien : le processus est terminé", Optional.empty());
    };
  }

  /** Vrai si l'attribution qui résultera du cycle compte pour l'objectif du réservataire de l'offre. */
  public boolean isCompteePourReservataire() {
    return imputation.isPresent() && imputation.equals(reservataire) && !imputation.get().isBailleur();
  }

  /** Applique un événement et rend le nouveau cycle (avec ses anomalies s'il y a lieu). */
  public CycleProposition appliquer(EvenementProposition e) {
    Objects.requireNonNull(e, "evenement");
    if (!evenements.isEmpty() && e.date().isBefore(evenements.get(evenements.size() - 1).date())) {
      return refuser(e, "l'événement « " + e.libelle() + " » du " + e.date() + " précède le précédent ("
          + evenements.get(evenements.size() - 1).date() + ")", References.CLAUSE_DELAIS);
    }
    if (etat == EtatProposition.BAIL_SIGNE) {
      return refuser(e, "le bail est signé : « " + e.libelle() + " » n'a plus lieu d'être", References.CLAUSE_DELAIS);
    }
    if (e instanceof EvenementProposition.OffreTransmise o) {
      return offre(o);
    }
    if (e instanceof EvenementProposition.CandidatsProposes c) {
      return candidats(c);
    }
    if (e instanceof EvenementProposition.ListeCompletee l) {
      return liste(l);
    }
    if (e instanceof EvenementProposition.ImpossibiliteNotifiee i) {
      return impossibilite(i);
    }
    if (e instanceof EvenementProposition.RechercheParLeBailleur r) {
      return recherche(r);
    }
    if (e instanceof EvenementProposition.LogementRepris r) {
      return repris(r);
    }
    if (e instanceof EvenementProposition.DecisionCaleol d) {
      return caleol(d);
    }
    return bail((EvenementProposition.BailSigne) e);
  }

  private CycleProposition offre(EvenementProposition.OffreTransmise o) {
    if (etat != EtatProposition.A_TRANSMETTRE) {
      return refuser(o, "une offre est déjà en cours (" + etat.libelle() + ")", References.CLAUSE_GESTION_DIRECTE);
    }
    List<Anomalie> a = new ArrayList<>(anomalies);
    if (liberation.type() != TypeLiberation.PARC_NEUF && o.date().isBefore(liberation.date())) {
      return refuser(o, "offre transmise le " + o.date() + ", avant la réception du préavis le " + liberation.date(), References.CLAUSE_DELAIS);
    }
    Echeances ech = CalculDelais.calculer(liberation, Optional.of(o.date()), calendriers, parametres);
    if (liberation.type() == TypeLiberation.PARC_NEUF && o.date().isAfter(ech.information().date())) {
      a.add(tardif(o, "transmission des éléments du logement neuf", ech.information().date()));
    }
    return avec(EtatProposition.ATTENTE_CANDIDATS, Optional.of(o.reservataire()), Optional.of(ech), 0, Optional.of(o.reservataire()), o, a);
  }

  private CycleProposition candidats(EvenementProposition.CandidatsProposes c) {
    boolean attente = etat == EtatProposition.ATTENTE_CANDIDATS || etat == EtatProposition.LISTE_INCOMPLETE
        || etat == EtatProposition.REFUSE;
    if (!attente) {
      return refuser(c, "candidats proposés alors que " + etat.libelle(), References.CLAUSE_GESTION_DIRECTE);
    }
    List<Anomalie> a = new ArrayList<>(anomalies);
    LocalDate limite = echeances.orElseThrow().candidats().date();
    if (etat != EtatProposition.REFUSE && c.date().isAfter(limite)) {
      a.add(tardif(c, "proposition des candidats", limite));
    }
    int total = (etat == EtatProposition.REFUSE ? 0 : candidats) + c.nombre();
    int requis = c.exception().isPresent() && c.nombre() > 0 ? 1 : requis();
    EtatProposition suivant = total >= requis ? EtatProposition.ATTENTE_CALEOL : EtatProposition.LISTE_INCOMPLETE;
    return avec(suivant, reservataire, echeances, total, imputation, c, a);
  }

  private CycleProposition liste(EvenementProposition.ListeCompletee l) {
    LocalDate limite = echeances.map(x -> x.candidats().date()).orElse(LocalDate.MAX);
    boolean permis = etat == EtatProposition.LISTE_INCOMPLETE
        || (etat == EtatProposition.ATTENTE_CANDIDATS && l.date().isAfter(limite));
    if (!permis) {
      return refuser(l, "le bailleur ne complète la liste qu'à défaut de " + requis() + " candidats dans le délai (" + etat.libelle() + ")",
          References.CLAUSE_DELAIS);
    }
    int total = candidats + l.ajoutes();
    EtatProposition suivant = total >= requis() ? EtatProposition.ATTENTE_CALEOL : EtatProposition.LISTE_INCOMPLETE;
    return avec(suivant, reservataire, echeances, total, imputation, l, anomalies);
  }

  private CycleProposition impossibilite(EvenementProposition.ImpossibiliteNotifiee i) {
    if (etat != EtatProposition.ATTENTE_CANDIDATS && etat != EtatProposition.LISTE_INCOMPLETE) {
      return refuser(i, "impossibilité notifiée alors que " + etat.libelle(), References.CLAUSE_DELAIS);
    }
    List<Anomalie> a = new ArrayList<>(anomalies);
    LocalDate limite = echeances.orElseThrow().impossibilite().date();
    if (i.date().isAfter(limite)) {
      a.add(tardif(i, "information de l'impossibilité de désigner", limite));
    }
    return avec(EtatProposition.IMPOSSIBILITE, reservataire, echeances, candidats, imputation, i, a);
  }

  private boolean delaiEchu(LocalDate date) {
    return echeances.map(x -> date.isAfter(x.candidats().date())).orElse(false);
  }

  /** Le bailleur peut-il agir seul : après une impossibilité notifiée, ou le délai des candidats échu ? */
  private boolean bailleurLibre(LocalDate date) {
    return etat == EtatProposition.IMPOSSIBILITE
        || ((etat == EtatProposition.ATTENTE_CANDIDATS || etat == EtatProposition.LISTE_INCOMPLETE) && delaiEchu(date));
  }

  private CycleProposition recherche(EvenementProposition.RechercheParLeBailleur r) {
    if (!bailleurLibre(r.date())) {
      return refuser(r, "le bailleur ne recherche lui-même qu'après une impossibilité ou le délai échu (" + etat.libelle() + ")",
          References.CLAUSE_DELAIS);
    }
    Optional<Reservataire> imp = r.compteePourReservataire() ? reservataire : Optional.empty();
    return avec(EtatProposition.LISTE_INCOMPLETE, reservataire, echeances, candidats, imp, r, anomalies);
  }

  private CycleProposition repris(EvenementProposition.LogementRepris r) {
    if (!bailleurLibre(r.date())) {
      return refuser(r, "le bailleur ne reprend le logement qu'après une impossibilité ou le délai échu (" + etat.libelle() + ")",
          References.CLAUSE_DELAIS);
    }
    return avec(EtatProposition.A_TRANSMETTRE, Optional.empty(), Optional.empty(), 0, Optional.empty(), r, anomalies);
  }

  private CycleProposition caleol(EvenementProposition.DecisionCaleol d) {
    boolean permis = etat == EtatProposition.ATTENTE_CALEOL || etat == EtatProposition.LISTE_INCOMPLETE && candidats > 0;
    if (!permis) {
      return refuser(d, "décision de CALEOL alors que " + etat.libelle(), References.CCH_R441_3);
    }
    List<Anomalie> a = new ArrayList<>(anomalies);
    if (etat == EtatProposition.LISTE_INCOMPLETE) {
      a.add(new Anomalie(CodeAnomalie.TRANSITION_IMPOSSIBLE, "evenements[" + rang() + "]", OptionalLong.empty(),
          "CALEOL avec " + candidats + " candidat(s) au lieu de " + requis() + " : admis seulement en cas d'insuffisance de candidats",
          Optional.of(References.CCH_R441_3), Gravite.AVERTISSEMENT));
    }
    EtatProposition suivant = d.decision().isAttribution() ? EtatProposition.ATTRIBUE : EtatProposition.REFUSE;
    return avec(suivant, reservataire, echeances, candidats, imputation, d, a);
  }

  private CycleProposition bail(EvenementProposition.BailSigne b) {
    if (etat != EtatProposition.ATTRIBUE) {
      return refuser(b, "bail signé sans attribution de la CALEOL (" + etat.libelle() + ")", References.CCH_R441_3);
    }
    return avec(EtatProposition.BAIL_SIGNE, reservataire, echeances, candidats, imputation, b, anomalies);
  }

  /** Le rang, dans la suite soumise, de l'événement en cours (événements appliqués et refusés). */
  private long rang() {
    return evenements.size() + anomalies.stream().filter(x -> x.code() == CodeAnomalie.TRANSITION_IMPOSSIBLE && x.isErreur()).count();
  }

  /**
   * Le nombre de candidats requis pour l'offre en cours : celui de la convention (R.441-3, trois
   * par défaut), ou un seul quand une candidature de l'offre relève d'une exception de R.441-3.
   */
  private int requis() {
    for (int i = evenements.size() - 1; i >= 0; i--) {
      EvenementProposition e = evenements.get(i);
      if (e instanceof EvenementProposition.OffreTransmise || e instanceof EvenementProposition.LogementRepris
          || e instanceof EvenementProposition.DecisionCaleol) {
        break;
      }
      if (e instanceof EvenementProposition.CandidatsProposes c && c.exception().isPresent() && c.nombre() > 0) {
        return 1;
      }
    }
    return parametres.valeur(Parametres.NOMBRE_CANDIDATS, liberation.date());
  }

  private String nomReservataire() {
    return reservataire.map(Reservataire::libelle).orElse("le réservataire");
  }

  private Anomalie tardif(EvenementProposition e, String quoi, LocalDate limite) {
    return new Anomalie(CodeAnomalie.HORS_DELAI, "evenements[" + rang() + "]", OptionalLong.empty(),
        quoi + " le " + e.date() + ", après l'échéance du " + limite, Optional.of(References.CLAUSE_DELAIS), Gravite.AVERTISSEMENT);
  }

  private CycleProposition refuser(EvenementProposition e, String message, Reference reference) {
    List<Anomalie> a = new ArrayList<>(anomalies);
    a.add(new Anomalie(CodeAnomalie.TRANSITION_IMPOSSIBLE, "evenements[" + rang() + "]", OptionalLong.empty(),
        message, Optional.of(reference), Gravite.ERREUR));
    return new CycleProposition(liberation, calendriers, parametres, etat, reservataire, echeances, candidats, imputation, evenements, a);
  }

  private CycleProposition avec(
      EtatProposition e, Optional<Reservataire> r, Optional<Echeances> ech, int n, Optional<Reservataire> imp,
      EvenementProposition ev, List<Anomalie> a) {
    List<EvenementProposition> l = new ArrayList<>(evenements);
    l.add(ev);
    return new CycleProposition(liberation, calendriers, parametres, e, r, ech, n, imp, l, a);
  }
}
