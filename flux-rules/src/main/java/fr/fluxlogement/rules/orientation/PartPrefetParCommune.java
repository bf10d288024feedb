package fr.fluxlogement.rules.orientation;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * La part du préfet commune par commune (CCH R.441-5-2 II) : son taux est fixé pour le département,
 * le même dans chaque commune ; sur les logements libérés et orientés d'une commune, il donne une
 * part attendue t × n, entre son plancher et son plafond en logements entiers (la propriété du
 * quota de l'orientation, convention art. 4.2). Une commune où le préfet reçoit moins que le
 * plancher ou plus que le plafond est signalée ({@link CodeAnomalie#ECART_PART_PREFET},
 * avertissement), avec l'écart en logements.
 *
 * <p>Pour commencer : {@link #controler}.
 */
public final class PartPrefetParCommune {

  private PartPrefetParCommune() {}

  /**
   * La part du préfet dans une commune.
   *
   * @param commune la commune
   * @param liberes les logements libérés et orientés dans la commune
   * @param prefet ceux orientés vers le préfet (ses deux sous-contingents)
   * @param attendue la part attendue t × n, exacte
   * @param minimum le plancher de la part attendue
   * @param maximum son plafond
   * @param explication le calcul
   */
  public record PartCommune(Commune commune, long liberes, long prefet, Fraction attendue, long minimum, long maximum,
      Explication explication) {

    /**
     * Valide.
     *
     * @throws NullPointerException si un argument est nul
     */
    public PartCommune {
      Objects.requireNonNull(commune, "commune");
      Objects.requireNonNull(attendue, "attendue");
      Objects.requireNonNull(explication, "explication");
    }

    /**
     * Vrai si la part du préfet est entre le plancher et le plafond de la part attendue.
     *
     * @return vrai si la commune est dans la part départementale
     */
    public boolean isConforme() {
      return prefet >= minimum && prefet <= maximum;
    }

    /**
     * L'écart en logements à la bande permise : négatif sous le plancher, positif au-dessus du
     * plafond, nul dans la bande.
     *
     * @return l'écart
     */
    public long ecart() {
      return prefet < minimum ? prefet - minimum : prefet > maximum ? prefet - maximum : 0;
    }
  }

  /**
   * Contrôle la part du préfet dans chaque commune. Les décisions sans réservataire (logement resté
   * au bailleur faute de candidat) comptent parmi les libérés de leur commune.
   *
   * @param decisions les décisions d'orientation de l'année, toutes communes du département
   * @param tauxPrefet le taux du préfet dans le flux du département (ses deux sous-contingents)
   * @return une part par commune, dans l'ordre des codes, et un avertissement par commune écartée
   * @throws NullPointerException si un argument est nul (erreur de programmation)
   */
  public static Resultat<List<PartCommune>> controler(List<Decision> decisions, Taux tauxPrefet) {
    Objects.requireNonNull(decisions, "decisions");
    return controler(decisions.stream().map(Decision::logement).toList(), decisions.stream().map(Decision::reservataire).toList(), tauxPrefet);
  }

  /**
   * Contrôle la part du préfet dans chaque commune, depuis les logements orientés et le choix fait
   * pour chacun (par exemple {@link MoteurOrientation.Sequence#choix()}).
   *
   * @param logements les logements libérés et orientés, toutes communes du département
   * @param choix le réservataire retenu pour chaque logement, au même rang
   * @param tauxPrefet le taux du préfet dans le flux du département (ses deux sous-contingents)
   * @return une part par commune, dans l'ordre des codes, et un avertissement par commune écartée
   * @throws NullPointerException si un argument est nul (erreur de programmation)
   * @throws IllegalArgumentException si les deux listes n'ont pas la même longueur
   */
  public static Resultat<List<PartCommune>> controler(List<Logement> logements, List<Reservataire> choix, Taux tauxPrefet) {
    Objects.requireNonNull(logements, "logements");
    Objects.requireNonNull(choix, "choix");
    Objects.requireNonNull(tauxPrefet, "tauxPrefet");
    if (logements.size() != choix.size()) {
      throw new IllegalArgumentException("un choix par logement : " + logements.size() + " logements, " + choix.size() + " choix");
    }
    Map<String, long[]> comptes = new TreeMap<>();
    Map<String, Commune> communes = new TreeMap<>();
    for (int i = 0; i < logements.size(); i++) {
      Commune c = logements.get(i).localisation().commune();
      communes.putIfAbsent(c.code(), c);
      long[] n = comptes.computeIfAbsent(c.code(), k -> new long[2]);
      n[0]++;
      if (choix.get(i).isEtat()) {
        n[1]++;
      }
    }
    List<PartCommune> parts = new ArrayList<>();
    List<Anomalie> avertissements = new ArrayList<>();
    for (Map.Entry<String, long[]> e : comptes.entrySet()) {
      long liberes = e.getValue()[0];
      long prefet = e.getValue()[1];
      Fraction attendue = tauxPrefet.de(liberes);
      long min = attendue.plancher().longValueExact();
      long max = attendue.plafond().longValueExact();
      Explication ex = Explication.of("part du préfet à " + e.getKey(), prefet + " logements sur " + liberes,
          "attendu : " + tauxPrefet.toPourcentFrancais() + " × " + liberes + " = " + attendue.toDecimalFrancais(2) + ", soit de " + min
              + " à " + max + " logements",
          List.of(References.CCH_R441_5_2_II, References.CLAUSE_ENGAGEMENTS), List.of());
      PartCommune p = new PartCommune(communes.get(e.getKey()), liberes, prefet, attendue, min, max, ex);
      parts.add(p);
      if (!p.isConforme()) {
        avertissements.add(Anomalie.avertissement(CodeAnomalie.ECART_PART_PREFET, "orientation.communes." + e.getKey(),
            "à " + e.getKey() + ", le préfet reçoit " + prefet + " des " + liberes + " logements libérés, quand son taux départemental de "
                + tauxPrefet.toPourcentFrancais() + " en donne de " + min + " à " + max + " (écart : " + (p.ecart() > 0 ? "+" : "")
                + p.ecart() + ")", References.CCH_R441_5_2_II));
      }
    }
    return Resultat.ok(List.copyOf(parts), avertissements);
  }
}
