package fr.fluxlogement.serveur;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Les erreurs que Jetty rend lui-même, avant toute route (requête HTTP mal formée, adresse ambiguë,
 * en-têtes trop grands) : en JSON {@code {"anomalies": [...]}} comme toutes les autres, sans trace de
 * pile ni message d'origine.
 */
final class ErreursJetty extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object attribut = request.getAttribute(ERROR_STATUS);
    int statut = attribut instanceof Integer i ? i : response.getStatus();
    if (statut < 400) {
      statut = 500;
    }
    response.setStatus(statut);
    String corps = ErreurHttp.corps(List.of(Reponses.anomalieDeStatut(statut)));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(corps.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
