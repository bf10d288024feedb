package fr.fluxlogement.core.quantite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Répartition d'un nombre entier de logements entre parties selon leurs poids, par la méthode du
 * plus fort reste (Hamilton) : chaque partie reçoit la partie entière de son quota exact, puis les
 * unités restantes vont aux plus forts restes.
 *
 * <p><b>Départage déterministe</b> : à reste égal, l'unité va d'abord au plus grand poids, puis à
 * la clé la plus petite dans l'ordre lexicographique. Le résultat ne dépend donc pas de l'ordre
 * dans lequel les parties sont données.
 *
 * <p><b>Garanties</b> : les parts somment exactement au total ; chaque part est comprise entre le
 * plancher et le plafond de son quota exact (propriété du quota). <b>Non-garantie</b> : la méthode
 * n'est pas monotone (paradoxe de l'Alabama : augmenter le total peut faire perdre une unité à une
 * partie) ; aucune règle de flux ne doit supposer le contraire.
 *
 * <p>Sert au partage des objectifs du flux (convention art. 6), au partage du plafond de 20 % des
 * garanties d'emprunt entre garants (art. 3) et à la désignation des premières mises en location
 * (art. 5.3).
 */
public final class Repartition {

  private Repartition() {}

  /**
   * Une partie : une clé stable et un poids positif ou nul.
   *
   * @param cle identifiant stable, sert au départage
   * @param poids poids positif ou nul (taux, quotité, nombre de logements)
   */
  public record Partie(String cle, Fraction poids) {
    /** Valide la partie. */
    public Partie {
      Objects.requireNonNull(cle, "cle");
      Objects.requireNonNull(poids, "poids");
      if (poids.signum() < 0) {
        throw new IllegalArgumentException("poids négatif pour " + cle + " : " + poids);
      }
    }
  }

  /**
   * La part d'une partie dans le résultat.
   *
   * @param cle la clé de la partie
   * @param quota le quota exact {@code total × poids / Σ poids}
   * @param part le nombre entier attribué
   * @param resteAttribue vrai si la partie a reçu une unité au titre des plus forts restes
   */
  public record Part(String cle, Fraction quota, long part, boolean resteAttribue) {}

  /**
   * Répartit {@code total} entre les parties.
   *
   * @param total nombre entier positif ou nul à répartir
   * @param parties les parties, de clés distinctes ; leurs poids ne peuvent être tous nuls que si
   *     le total est nul
   * @return les parts, dans l'ordre des clés
   * @throws IllegalArgumentException si le total est négatif, si une clé est répétée, ou si le
   *     total est positif et la somme des poids nulle
   */
  public static List<Part> repartir(long total, List<Partie> parties) {
    Objects.requireNonNull(parties, "parties");
    if (total < 0) {
      throw new IllegalArgumentException("total négatif : " + total);
    }
    List<Partie> triees = new ArrayList<>(parties);
    triees.sort(Comparator.comparing(Partie::cle));
    for (int i = 1; i < triees.size(); i++) {
      if (triees.get(i).cle().equals(triees.get(i - 1).cle())) {
        throw new IllegalArgumentException("clé répétée : " + triees.get(i).cle());
      }
    }
    Fraction somme = Fraction.ZERO;
    for (Partie p : triees) {
      somme = somme.plus(p.poids());
    }
    if (somme.isZero()) {
      if (total > 0) {
        throw new IllegalArgumentException("poids tous nuls pour un total de " + total);
      }
      List<Part> zero = new ArrayList<>();
      for (Partie p : triees) {
        zero.add(new Part(p.cle(), Fraction.ZERO, 0, false));
      }
      return Collections.unmodifiableList(zero);
    }
    int n = triees.size();
    Fraction[] quotas = new Fraction[n];
    long[] parts = new long[n];
    long distribue = 0;
    for (int i = 0; i < n; i++) {
      quotas[i] = triees.get(i).poids().fois(total).diviserPar(somme);
      parts[i] = quotas[i].plancher().longValueExact();
      distribue += parts[i];
    }
    long restant = total - distribue;
    List<Integer> ordre = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ordre.add(i);
    }
    ordre.sort(
        Comparator.<Integer, Fraction>comparing(i -> quotas[i].reste())
            .reversed()
            .thenComparing(Comparator.<Integer, Fraction>comparing(i -> triees.get(i).poids()).reversed())
            .thenComparing(i -> triees.get(i).cle()));
    boolean[] bonus = new boolean[n];
    for (int k = 0; k < restant; k++) {
      int i = ordre.get(k);
      parts[i]++;
      bonus[i] = true;
    }
    List<Part> resultat = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      resultat.add(new Part(triees.get(i).cle(), quotas[i], parts[i], bonus[i]));
    }
    return Collections.unmodifiableList(resultat);
  }

  /** Comme {@link #repartir(long, List)}, rendu comme table clé → part, dans l'ordre des clés. */
  public static Map<String, Long> repartirEnTable(long total, List<Partie> parties) {
    Map<String, Long> table = new LinkedHashMap<>();
    for (Part p : repartir(total, parties)) {
      table.put(p.cle(), p.part());
    }
    return Collections.unmodifiableMap(table);
  }
}
