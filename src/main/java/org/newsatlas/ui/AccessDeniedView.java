package org.newsatlas.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page someone may not open (a reader on "Add articles"): says why, with a way to sign in as an editor. 403. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser user;

    public AccessDeniedView(CurrentUser user) {
        this.user = user;
        addClassName("na-access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2("Editors only"), new Paragraph("Adding, deleting and correcting articles needs an editor's account"
                + user.signedInName().map(name -> "; you are signed in as " + name + ", a reader.").orElse(".")));
        Anchor signIn = new Anchor(LoginView.ROUTE, user.signedInName().isPresent()
                ? "Sign in as someone else" : "Sign in");
        signIn.getElement().setAttribute("router-ignore", true);
        add(signIn);
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
