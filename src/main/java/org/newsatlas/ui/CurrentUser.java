package org.newsatlas.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.newsatlas.security.Role;
import org.newsatlas.security.VisitorAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person using the UI: may they edit (add, delete, correct, re-run), and who signed in. Views hide their write
 * controls from readers and visitors; every write handler asks {@link #mayEdit(String)} again, so an event forged
 * from the browser for a control that was never shown still changes nothing.
 */
@SpringComponent
public class CurrentUser {

    private static final String EDITOR = "ROLE_" + Role.EDITOR_NAME;
    /** Absent where there is no web security (the command line); signing out happens only in the web app. */
    private final ObjectProvider<AuthenticationContext> authentication;

    public CurrentUser(ObjectProvider<AuthenticationContext> authentication) {
        this.authentication = authentication;
    }

    public boolean canEdit() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated()
                && current.getAuthorities().stream().anyMatch(a -> EDITOR.equals(a.getAuthority()));
    }

    /** The name of a signed-in person; empty for a visitor (anyone who has not signed in). */
    public Optional<String> signedInName() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || signedIn instanceof VisitorAuthentication
                || signedIn instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(signedIn.getName());
    }

    /** True if the person may edit; else tells them in one line what they need and returns false. */
    public boolean mayEdit(String action) {
        if (canEdit()) {
            return true;
        }
        Notification.show("Only an editor can " + action + ": sign in with an editor's account.", 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        return false;
    }

    public void signOut() {
        authentication.getObject().logout();
    }
}
