package fr.fluxlogement.rules.assiette;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.validation.Comptes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Le calcul de l'assiette (convention art. 2) : le parc du bailleur au 1er janvier N sur le
 * territoire, moins les PLI, les logements-foyers et loués à des associations, les réservations
 * gérées en stock (défense, sécurité intérieure, santé), les logements en vente ou à démolir, les
 * logements neufs NPNRU (art. 5.4) et les programmes neufs dans leur année de première mise en
 * location (art. 5.3).
 */
public final class CalculAssiette {

  private CalculAssiette() {}

  /**
   * L'assiette de l'année sur le territoire, à partir de la liste des logements du parc.
   *
   * @param annee l'année N
   * @param territoire le territoire
   * @param parc les logements du bailleur (ceux hors du territoire sont ignorés)
   * @return l'assiette, ou les anomalies (identifiant répété)
   */
  public static Resultat<Assiette> calculer(
      int annee, Territoire territoire, Iterable<Logement> parc) {
    Objects.requireNonNull(parc, "parc");
    Compteur c = compteur(annee, territoire);
    for (Logement l : parc) {
      c.ajouter(l);
    }
    return c.toAssiette();
  }

  /**
   * Un compteur de l'assiette, qui compte les logements à mesure qu'on les lit, sans les garder :
   * seuls leurs identifiants le sont, pour signaler un doublon.
   *
   * @param annee l'année N
   * @param territoire le territoire
   * @return le compteur, vide
   */
  public static Compteur compteur(int annee, Territoire territoire) {
    return new Compteur(annee, Objects.requireNonNull(territoire, "territoire"), true);
  }

  /**
   * Un compteur de l'assiette qui ne garde rien des logements, pas même leurs identifiants : sa
   * mémoire ne croît pas avec le parc. L'appelant contrôle lui-même les identifiants répétés (par
   * exemple en deux passes sur un fichier) ; sans ce contrôle, un doublon serait compté deux fois.
   *
   * @param annee l'année N
   * @param territoire le territoire
   * @return le compteur, vide
   */
  public static Compteur compteurSansDoublons(int annee, Territoire territoire) {
    return new Compteur(annee, Objects.requireNonNull(territoire, "territoire"), false);
  }

  /**
   * Le calcul de l'assiette en flux : on lui donne chaque logement du parc (ceux hors du territoire
   * sont comptés comme vus, pas retenus), puis {@link #toAssiette()} rend ce que rendrait
   * {@link CalculAssiette#calculer} sur la même suite. Modifiable, à usage local (non partagé).
   */
  public static final class Compteur {
    private final int annee;
    private final Territoire territoire;
    private final Ventilation.Compteur tous = new Ventilation.Compteur();
    private final Ventilation.Compteur retenus = new Ventilation.Compteur();
    private final EnumMap<MotifExclusion, Ventilation.Compteur> exclus = new EnumMap<>(MotifExclusion.class);
    private final Set<String> vus;
    private final List<Anomalie> anomalies = new ArrayList<>();
    private int index;

    private Compteur(int annee, Territoire territoire, boolean doublons) {
      this.annee = annee;
      this.territoire = territoire;
      this.vus = doublons ? new HashSet<>() : null;
    }

    /**
     * Compte un logement du parc.
     *
     * @param l le logement
     * @return ce compteur
     */
    public Compteur ajouter(Logement l) {
      Objects.requireNonNull(l, "logement");
      if (vus != null && !vus.add(l.identifiant())) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.DOUBLON, "parc[" + index + "].identifiant",
            "le logement « " + l.identifiant() + " » apparaît deux fois dans le parc", References.ARRETE_RPLS));
      }
      index++;
      if (!l.localisation().isDans(territoire)) {
        return this;
      }
      tous.ajouter(l);
      Optional<MotifExclusion> motif = MotifExclusion.de(l, annee);
      if (motif.isPresent()) {
        exclus.computeIfAbsent(motif.get(), m -> new Ventilation.Compteur()).ajouter(l);
      } else {
        retenus.ajouter(l);
      }
      return this;
    }

    /**
     * L'assiette comptée.
     *
     * @return l'assiette, ou les anomalies (identifiant répété)
     */
    public Resultat<Assiette> toAssiette() {
      return Resultat.selon(anomalies, () -> {
        EnumMap<MotifExclusion, Ventilation> ex = new EnumMap<>(MotifExclusion.class);
        exclus.forEach((m, c) -> ex.put(m, c.toVentilation()));
        Ventilation p = tous.toVentilation();
        Ventilation r = retenus.toVentilation();
        return new Assiette(annee, territoire, p, r, ex, expliquer(annee, territoire, p.total(), r.total(), totaux(ex)));
      });
    }
  }

  /**
   * L'assiette à partir de comptes agrégés : le parc total et le nombre de logements de chaque
   * catégorie d'exclusion (sans ventilation).
   *
   * @return l'assiette, ou toutes les anomalies (compte négatif, exclusions supérieures au parc)
   */
  public static Resultat<Assiette> depuisComptes(
      int annee, Territoire territoire, long parc, Map<MotifExclusion, Long> exclusions) {
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(exclusions, "exclusions");
    List<Anomalie> anomalies = new ArrayList<>();
    boolean parcValide = Comptes.verifier(parc, "parc", References.CLAUSE_ASSIETTE, anomalies);
    long somme = 0;
    for (MotifExclusion m : MotifExclusion.values()) {
      long n = exclusions.getOrDefault(m, 0L);
      if (Comptes.verifier(n, "exclusions." + m.name(), References.CLAUSE_ASSIETTE, anomalies)) {
        somme += n;
      }
    }
    if (parcValide && somme > parc) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, "exclusions",
          "les exclusions (" + somme + ") dépassent le parc (" + parc + ")", References.CLAUSE_ASSIETTE));
    }
    long totalExclus = somme;
    return Resultat.selon(anomalies, () -> {
      EnumMap<MotifExclusion, Ventilation> ex = new EnumMap<>(MotifExclusion.class);
      EnumMap<MotifExclusion, Long> totaux = new EnumMap<>(MotifExclusion.class);
      for (MotifExclusion m : MotifExclusion.values()) {
        long n = exclusions.getOrDefault(m, 0L);
        ex.put(m, agregat(n));
        totaux.put(m, n);
      }
      long retenus = parc - totalExclus;
      return new Assiette(annee, territoire, agregat(parc), agregat(retenus), ex,
          expliquer(annee, territoire, parc, retenus, totaux));
    });
  }

  private static Ventilation agregat(long n) {
    return new Ventilation(n, Map.of(), Map.of(), Map.of(), 0, n);
  }

  private static EnumMap<MotifExclusion, Long> totaux(Map<MotifExclusion, Ventilation> ex) {
    EnumMap<MotifExclusion, Long> t = new EnumMap<>(MotifExclusion.class);
    for (MotifExclusion m : MotifExclusion.values()) {
      t.put(m, ex.containsKey(m) ? ex.get(m).total() : 0L);
    }
    return t;
  }

  /** L'explication de l'assiette, construite à sa première lecture. */
  private static Explication expliquer(int annee, Territoire territoire, long parc, long retenus, Map<MotifExclusion, Long> exclus) {
    Map<MotifExclusion, Long> figes = Map.copyOf(exclus);
    return Explication.differee(() -> construire(annee, territoire, parc, retenus, figes));
  }

  private static Explication construire(int annee, Territoire territoire, long parc, long retenus, Map<MotifExclusion, Long> exclus) {
    Explication.Builder b = Explication.builder("assiette " + annee + " (" + territoire.libelle() + ")", retenus)
        .formule("parc au 01/01/" + annee + " − logements exclus = " + parc + " − " + (parc - retenus))
        .reference(References.CLAUSE_ASSIETTE, References.CCH_R441_5)
        .enfant(Explication.donnee("parc du bailleur au 01/01/" + annee + " (RPLS " + annee + ")", parc, References.CLAUSE_ASSIETTE));
    for (MotifExclusion m : MotifExclusion.values()) {
      b.enfant(Explication.of("exclus : " + m.libelle(), exclus.get(m), "", m.references(), List.of()));
    }
    return b.build();
  }
}
