package fr.fluxlogement.rules.objectifs;

import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Epci;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Les seuils de ressources du premier quartile des demandeurs, en euros par unité de consommation
 * et par an, fixés chaque année par arrêté pour chaque EPCI concerné (L.441-1 CCH, 25e alinéa). Des
 * données, jamais des constantes : la table se construit depuis l'arrêté de l'année (par exemple
 * l'arrêté du 2020, JORFTEXT000042056679 : CA du Pays de Gex, 240100750, 10 260 €).
 *
 * <p>Un ménage est au premier quartile quand ses ressources annuelles divisées par ses unités de
 * consommation sont <b>strictement inférieures</b> au seuil (« inférieur à », L.441-1).
 *
 * @param seuils la table SIREN → année → seuil en euros par UC et par an
 */
public record SeuilsQuartile(Map<String, Map<Integer, BigDecimal>> seuils) {

  /** Fige la table. */
  public SeuilsQuartile {
    TreeMap<String, Map<Integer, BigDecimal>> t = new TreeMap<>();
    seuils.forEach((siren, parAnnee) -> t.put(siren, Collections.unmodifiableMap(new TreeMap<>(parAnnee))));
    seuils = Collections.unmodifiableMap(t);
  }

  /** Une table vide. */
  public static SeuilsQuartile vide() {
    return new SeuilsQuartile(Map.of());
  }

  /**
   * La table augmentée d'un seuil (qui remplace celui de l'EPCI pour l'année, s'il y en avait un).
   *
   * @param epci l'EPCI
   * @param annee l'année de l'arrêté
   * @param seuil le seuil de ressources par unité de consommation, positif
   * @return la nouvelle table
   * @throws IllegalArgumentException si le seuil n'est pas positif
   */
  public SeuilsQuartile withSeuil(Epci epci, int annee, BigDecimal seuil) {
    Objects.requireNonNull(epci, "epci");
    if (seuil.signum() <= 0) {
      throw new IllegalArgumentException("seuil non positif : " + seuil);
    }
    Map<String, Map<Integer, BigDecimal>> m = new TreeMap<>(seuils);
    Map<Integer, BigDecimal> parAnnee = new TreeMap<>(m.getOrDefault(epci.siren(), Map.of()));
    parAnnee.put(annee, seuil);
    m.put(epci.siren(), parAnnee);
    return new SeuilsQuartile(m);
  }

  /** Le seuil d'un EPCI pour une année, s'il est connu. */
  public Optional<BigDecimal> seuil(Epci epci, int annee) {
    return Optional.ofNullable(seuils.getOrDefault(epci.siren(), Map.of()).get(annee));
  }

  /** Vrai si le ménage est au premier quartile face au seuil donné (comparaison stricte). */
  public static boolean isPremierQuartile(Menage menage, BigDecimal seuil) {
    // ressources ÷ (n/d) < seuil  ⟺  ressources × d < seuil × n  (n, d > 0) : exact, sans réduction
    Fraction uc = menage.unitesConsommation();
    return menage.ressourcesAnnuelles().multiply(new BigDecimal(uc.denominateur()))
        .compareTo(seuil.multiply(new BigDecimal(uc.numerateur()))) < 0;
  }
}
