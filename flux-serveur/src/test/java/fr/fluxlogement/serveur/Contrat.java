package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi30;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Le contrat du service : le document OpenAPI servi, lu par swagger-parser, et chaque réponse des
 * tests vérifiée contre lui (l'opération et le statut y sont déclarés, le type de média aussi, et un
 * corps JSON suit le schéma déclaré, validé par networknt selon le dialecte OpenAPI 3.0).
 */
final class Contrat {

  static final String RESSOURCE = "fr/fluxlogement/serveur/openapi.yaml";

  private static Contrat unique;

  private final OpenAPI document;
  private final List<String> messages;
  private final SchemaRegistry registre = SchemaRegistry.withDefaultDialect(OpenApi30.getInstance());
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private Contrat(OpenAPI document, List<String> messages) {
    this.document = document;
    this.messages = messages;
  }

  static synchronized Contrat of() {
    if (unique == null) {
      String texte;
      try (InputStream in = Contrat.class.getClassLoader().getResourceAsStream(RESSOURCE)) {
        texte = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      ParseOptions o = new ParseOptions();
      o.setResolve(false);
      SwaggerParseResult r = new OpenAPIV3Parser().readContents(texte, null, o);
      unique = new Contrat(r.getOpenAPI(), r.getMessages() == null ? List.of() : List.copyOf(r.getMessages()));
    }
    return unique;
  }

  OpenAPI document() {
    return document;
  }

  List<String> messages() {
    return messages;
  }

  void verifier(String methode, String gabarit, Client.Reponse r) {
    PathItem chemin = document.getPaths().get(gabarit);
    assertThat(chemin).as("chemin %s décrit", gabarit).isNotNull();
    Operation op = chemin.readOperationsMap().get(PathItem.HttpMethod.valueOf(methode.toUpperCase(Locale.ROOT)));
    assertThat(op).as("opération %s %s décrite", methode, gabarit).isNotNull();
    ApiResponse reponse = op.getResponses().get(Integer.toString(r.statut()));
    assertThat(reponse).as("statut %s de %s %s décrit", r.statut(), methode, gabarit).isNotNull();
    if (reponse.get$ref() != null) {
      reponse = document.getComponents().getResponses().get(nom(reponse.get$ref()));
    }
    String type = r.type().split(";")[0].strip();
    MediaType media = reponse.getContent().get(type);
    assertThat(media).as("type %s de %s %s %s décrit", type, methode, gabarit, r.statut()).isNotNull();
    if (type.equals("application/json") && media.getSchema() != null && media.getSchema().get$ref() != null) {
      List<Error> erreurs = schema(nom(media.getSchema().get$ref())).validate(r.texte(), InputFormat.JSON);
      assertThat(erreurs).as("réponse %s %s %s conforme au schéma", methode, gabarit, r.statut()).isEmpty();
    }
  }

  /** Le schéma nommé des composants, validable. */
  Schema schema(String nom) {
    return schemas.computeIfAbsent(nom, n -> registre.getSchema(SchemaLocation.of("classpath:" + RESSOURCE + "#/components/schemas/" + n)));
  }

  private static String nom(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
