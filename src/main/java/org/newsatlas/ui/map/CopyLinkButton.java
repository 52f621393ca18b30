package org.newsatlas.ui.map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/**
 * "Copy link": copies the page's address, which holds the whole view ({@link MapState}), in the browser at the click
 * (the clipboard wants the click's own moment, not a round trip later); where the browser refuses the clipboard
 * (a plain-http address that is not this machine), through a selected text copy. Then says whether it worked.
 */
public class CopyLinkButton extends Composite<Button> {

    private static final String COPY_ON_CLICK = """
            if (this.__naCopy) return;
            this.__naCopy = true;
            this.addEventListener('click', async () => {
              const url = location.href;
              let ok = false;
              try {
                await navigator.clipboard.writeText(url);
                ok = true;
              } catch (e) {
                const area = document.createElement('textarea');
                area.value = url;
                area.setAttribute('readonly', '');
                area.style.position = 'fixed';
                area.style.opacity = '0';
                document.body.append(area);
                area.select();
                try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
                area.remove();
                this.focus();
              }
              this.dispatchEvent(new CustomEvent('na-link-copied', {detail: {ok}}));
            });
            """;

    @Override
    protected Button initContent() {
        Button button = new Button("Copy link", VaadinIcon.LINK.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("na-copy-link");
        button.setTooltipText("Copy a link to this view: month, selection, map, layers and tab");
        button.addAttachListener(e -> button.getElement().executeJs(COPY_ON_CLICK));
        button.getElement().addEventListener("na-link-copied", e -> Notification.show(
                e.getEventData().getBoolean("event.detail.ok") ? "Link to this view copied"
                        : "The browser did not let the link be copied: copy the address bar instead"))
                .addEventData("event.detail.ok");
        return button;
    }
}
